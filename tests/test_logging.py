import json
import logging

from portal.logging import JSONFormatter


def test_json_log_lines_carry_message_level_and_extra_fields():
    record = logging.makeLogRecord(
        {
            "name": "portal",
            "levelno": logging.WARNING,
            "levelname": "WARNING",
            "msg": "Email %s failed",
            "args": (42,),
            "recipient": "a@example.org",
        }
    )
    line = json.loads(JSONFormatter().format(record))
    assert line["message"] == "Email 42 failed"
    assert line["level"] == "WARNING" and line["logger"] == "portal"
    assert line["recipient"] == "a@example.org"
    assert line["time"].endswith("+00:00")

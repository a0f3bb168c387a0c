"""The evening at the door (issue 17, item 10): the phone-first list with search, one-tap
check-in, the waiting list and counts, the printable list, and the QR code of the emails."""

import datetime
import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.utils import timezone

from events.models import EventPage
from events.registration import services
from events.registration.models import Registration
from tests.helpers import elements

pytestmark = pytest.mark.django_db


@pytest.fixture
def evening(calendar):
    return EventPage.objects.get(slug="soiree-de-levee-de-fonds", locale__language_code="fr")


def person(evening, first, last, status="confirmed", seats=1, **extra):
    return Registration.objects.create(
        event=evening,
        status=status,
        first_name=first,
        last_name=last,
        email=f"{first}.{last}@example.org".lower(),
        seats=seats,
        consented_at=timezone.now(),
        **extra,
    )


@pytest.fixture
def people(evening):
    return {
        "lea": person(evening, "Léa", "Martin", seats=2, guests=[{"name": "Sam Martin"}]),
        "yanis": person(evening, "Yanis", "Durand"),
        "celia": person(evening, "Célia", "Bernard", status="attended"),
        "axelle": person(evening, "Axelle", "Petit", status="waiting"),
        "gone": person(evening, "Guillaume", "Roux", status="cancelled"),
    }


def door_url(evening, query=""):
    return f"/admin/registration/door/{evening.pk}/" + (f"?q={query}" if query else "")


def counts(html):
    return {name: int(value) for name, value in re.findall(r'data-count="([a-z-]+)">(\d+)<', html)}


def names(html, section):
    start = html.index(f'id="door-{section}-heading"')
    end = html.index("</section>", start)
    return re.findall(r'class="door__name">([^<]+)<', html[start:end])


def test_the_door_list_shows_everyone_with_a_seat_the_waiting_list_and_the_counts(
    admin_client, evening, people
):
    html = admin_client.get(door_url(evening)).text
    assert names(html, "expected") == ["Bernard Célia", "Durand Yanis", "Martin Léa"]
    assert names(html, "waiting") == ["Petit Axelle"]
    assert "Roux" not in html  # cancelled
    # People, guests included: Léa comes with a guest.
    assert counts(html) == {"checked-in": 1, "confirmed": 4, "expected": 3, "waiting": 1}


def test_search_by_name_ignores_case_and_accents_and_finds_guests(admin_client, evening, people):
    assert names(admin_client.get(door_url(evening, "LEA")).text, "expected") == ["Martin Léa"]
    assert names(admin_client.get(door_url(evening, "sam")).text, "expected") == ["Martin Léa"]
    nobody = admin_client.get(door_url(evening, "zzz")).text
    assert names(nobody, "expected") == [] and counts(nobody)["confirmed"] == 4
    # Nonsense never fails.
    for query in ("%00", "x" * 5000, "%C0"):
        assert admin_client.get(door_url(evening, query)).status_code == 200


def test_one_tap_checks_in_and_comes_back_to_the_same_search(admin_client, evening, people):
    lea = people["lea"]
    form_action = f"/admin/registration/door/{evening.pk}/check-in/{lea.pk}/"
    html = admin_client.get(door_url(evening, "lea")).text
    assert elements(html, "form", action=form_action, method="post")
    response = admin_client.post(form_action, {"q": "léa"})
    assert response.status_code == 302
    assert response["Location"] == f"{door_url(evening)}?q=l%C3%A9a#registration-{lea.pk}"
    lea.refresh_from_db()
    assert lea.status == "attended" and lea.checked_in_at
    html = admin_client.get(response["Location"].split("#")[0]).text
    assert "Martin Léa" in html and elements(
        html, "li", class_="door__row door__row--in", id=f"registration-{lea.pk}"
    )
    assert counts(html) == {"checked-in": 3, "confirmed": 4, "expected": 1, "waiting": 1}
    assert "Léa Martin" in html  # the message: checked in
    # A second tap changes nothing; the undo puts the person back.
    admin_client.post(form_action)
    lea.refresh_from_db()
    assert lea.status == "attended"
    admin_client.post(f"/admin/registration/door/{evening.pk}/undo/{lea.pk}/")
    lea.refresh_from_db()
    assert lea.status == "confirmed" and lea.checked_in_at is None


def test_the_waiting_list_cannot_be_checked_in_and_get_is_refused(admin_client, evening, people):
    axelle = people["axelle"]
    url = f"/admin/registration/door/{evening.pk}/check-in/{axelle.pk}/"
    assert admin_client.get(url).status_code == 405
    admin_client.post(url)
    axelle.refresh_from_db()
    assert axelle.status == "waiting"


def test_a_registration_of_another_event_is_not_found(admin_client, evening, people, calendar):
    other = calendar.next_group_fr
    url = f"/admin/registration/door/{other.pk}/check-in/{people['yanis'].pk}/"
    # Not found (the locale middleware then offers the /fr/ address): never a check-in.
    assert admin_client.post(url).status_code in (302, 404)
    assert Registration.objects.get(pk=people["yanis"].pk).status == "confirmed"


@pytest.fixture
def editor_without_registrations(django_user_model):
    user = django_user_model.objects.create_user("sans", "sans@example.org", "pw")
    group = Group.objects.create(name="Sans inscriptions")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    return user


def test_someone_without_the_permission_cannot_check_in(
    client, evening, people, editor_without_registrations
):
    yanis = people["yanis"]
    client.force_login(editor_without_registrations)
    assert client.get(door_url(evening)).status_code in (302, 403)
    client.post(f"/admin/registration/door/{evening.pk}/check-in/{yanis.pk}/")
    client.logout()
    assert client.get(door_url(evening)).status_code == 302  # to the sign-in page
    client.post(f"/admin/registration/door/{evening.pk}/check-in/{yanis.pk}/")
    yanis.refresh_from_db()
    assert yanis.status == "confirmed"


def test_the_printable_list_is_a4_and_lists_everyone(admin_client, evening, people):
    response = admin_client.get(f"/admin/registration/door/{evening.pk}/print/")
    assert response.status_code == 200
    html = response.text
    assert elements(html, "link", rel="stylesheet", href="/static/events/css/door_print.css")
    for name in ("Martin Léa", "Durand Yanis", "Bernard Célia", "Petit Axelle"):
        assert name in html
    from django.contrib.staticfiles import finders

    with open(finders.find("events/css/door_print.css")) as css:
        assert "size: A4" in css.read()


def test_queries_of_the_door_list_do_not_grow_with_registrations(
    admin_client, evening, django_assert_max_num_queries
):
    def measure(count):
        for n in range(count):
            person(evening, f"P{n}", f"N{n}", status="confirmed" if n % 3 else "waiting")
        admin_client.get(door_url(evening))
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as context:
            assert admin_client.get(door_url(evening, "p")).status_code == 200
        Registration.objects.filter(event=evening).delete()
        return len(context)

    assert measure(3) == measure(30)


# The QR code of the emails --------------------------------------------------------------


def test_the_confirmation_carries_the_qr_code_of_the_check_in_link(
    evening, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        registration = services.register(
            evening,
            {"first_name": "Léa", "last_name": "Martin", "email": "lea@example.org", "seats": 1},
        )
    (email,) = mail.outbox
    link = f"http://testserver/fr/registration/r/{registration.token}/check-in/"
    assert link in email.body or link.replace("http://testserver", "") in email.body
    (png,) = [a for a in email.attachments if a[2] == "image/png"]
    assert png[0] == "check-in-qr-code.png" and png[1].startswith(b"\x89PNG\r\n\x1a\n")
    assert len(png[1]) > 300


def test_the_waiting_list_email_has_no_qr_code(evening, django_capture_on_commit_callbacks):
    EventPage.objects.filter(pk=evening.pk).update(seat_limit=0)
    with django_capture_on_commit_callbacks(execute=True):
        services.register(
            evening, {"first_name": "Sam", "last_name": "Petit", "email": "sam@example.org"}
        )
    (email,) = mail.outbox
    assert not [a for a in email.attachments if a[2] == "image/png"]
    assert "/check-in/" not in email.body


def test_the_check_in_link_checks_in_for_staff_and_shows_the_private_page_to_others(
    client, admin_client, evening, people
):
    yanis = people["yanis"]
    link = f"/fr/registration/r/{yanis.token}/check-in/"
    visitor = client.get(link)
    assert visitor.status_code == 302
    assert visitor["Location"] == f"/fr/registration/r/{yanis.token}/"
    assert "Yanis" in client.get(visitor["Location"]).text
    staff = admin_client.get(link)
    assert staff["Location"] == f"/admin/registration/check-in/{yanis.pk}/"
    page = admin_client.get(staff["Location"]).text
    assert elements(page, "button", type="submit", class_="button door__check-in")
    admin_client.post(staff["Location"])
    yanis.refresh_from_db()
    assert yanis.status == "attended"
    assert client.get("/fr/registration/r/not-a-token/check-in/").status_code == 404


def test_exports_are_in_french_for_a_french_editor(admin_client, admin_user, evening, people):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "fr"
    profile.save()
    Registration.objects.filter(pk=people["celia"].pk).update(
        checked_in_at=datetime.datetime(2026, 3, 5, 18, 40, 30, 123, tzinfo=datetime.UTC),
        donation_amount=50,
    )
    text = admin_client.get("/admin/registration/?export=csv").getvalue().decode()
    heading = text.removeprefix("\ufeff").splitlines()[0]
    assert heading.startswith("Événement,Statut,Prénom,Nom,E-mail")
    assert "Arrivée" in heading
    (celia,) = [line for line in text.splitlines() if "Bernard" in line]
    # Paris time to the minute, the status in French, the amount as French writes it.
    assert celia.endswith(",2026-03-05 19:40") and ",présent·e," in celia
    assert ',"50,00",' in celia

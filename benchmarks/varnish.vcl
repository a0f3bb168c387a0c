# Varnish in front of gunicorn: keeps what the app marks public (Cache-Control s-maxage,
# stale-while-revalidate), never what is personal, and forgets a page when Wagtail's
# frontend cache sends PURGE (portal/frontend_cache.py purges the page and its ancestors).
vcl 4.1;

backend portal {
    .host = "127.0.0.1";
    .port = "8105";
}

# Only the app machines may purge (here: this machine).
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "PURGE not allowed"));
        }
        # Every variant of the path goes: a listing's filtered and paginated pages too.
        ban("obj.http.x-path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Editors and visitors who hold a session or a CSRF token get pages made for them.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|csrftoken)=") {
        return (pass);
    }
    # Other cookies (none set by the site) do not change a public page.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # Remembered on the object so that a PURGE can ban every query string of a path.
    set beresp.http.x-path = regsub(bereq.url, "\?.*$", "");
    if (beresp.http.Content-Type ~ "^(text/|application/(json|javascript|xml))") {
        set beresp.do_gzip = true;
    }
    # No return: Varnish's built-in rules then refuse to store private, no-store or
    # Set-Cookie responses, and take the TTL from s-maxage.
}

sub vcl_deliver {
    unset resp.http.x-path;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}

//! The neighbour-help and credits pages, driven with forms as a browser without
//! JavaScript drives them: asking (a mistake first), offering, accepting, talking,
//! marking done with the time credited, the privacy of the address throughout, and
//! organisations paying each other barter credits.

use super::harness::{PASSWORD, TestApp, browser, location, on_both, page, plain, submit};
use chrono::{Duration, Utc};
use reqwest::{Client, StatusCode};
use serde_json::json;

const ADDRESS: &str = "Kortrijksesteenweg 1017, 9000 Gent";
const PHONE: &str = "+32 470 99 88 77";
const BENEFICIARY: &str = "Georgette Vandenbroucke";
const LAT: &str = "51.0543";
const LON: &str = "3.7174";
const TITLE: &str = "Groceries for my neighbour";

/// The answer's HTML, checking its status.
async fn body(response: reqwest::Response, status: StatusCode) -> String {
    assert_eq!(response.status(), status);
    plain(&response.text().await.unwrap())
}

/// A browser with a new account (signed up through the form), a member of `slug` if given.
async fn person(t: &TestApp, slug: Option<&str>, email: &str, name: &str) -> Client {
    let client = browser();
    let fields = [("display_name", name), ("email", email), ("password", PASSWORD), ("birth_date", "")];
    let response = submit(&client, t, "/sign-up", "/sign-up", &fields).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "signing up {email}");
    if let Some(slug) = slug {
        let home = format!("/p/{slug}");
        let response = submit(&client, t, &home, &format!("{home}/join"), &[("accept_terms", "on")]).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
    }
    client
}

/// A platform in Brussels' time zone, centred on Gent.
async fn gent(t: &TestApp) -> String {
    let admin = t.instance_admin().await;
    let body = json!({ "slug": "gent", "name": "Gent helpt", "time_zone": "Europe/Brussels", "center": { "lat": 51.05, "lon": 3.72 } });
    assert_eq!(t.post("/api/v1/platforms", Some(&admin), body).await.status(), StatusCode::CREATED);
    admin
}

/// Asserts a page shows nothing private about the request.
fn assert_private(what: &str, html: &str) {
    for secret in [ADDRESS, "Kortrijksesteenweg", PHONE, BENEFICIARY, LAT, LON] {
        assert!(!html.contains(secret), "{what} leaks `{secret}`");
    }
}

/// The first `value="…"` after `marker`.
fn value_after(html: &str, marker: &str) -> String {
    let from = html.find(marker).unwrap_or_else(|| panic!("{marker} is on the page"));
    let rest = &html[from..];
    let start = rest.find("value=\"").unwrap() + 7;
    rest[start..].split('"').next().unwrap().to_owned()
}

#[tokio::test]
async fn neighbours_ask_offer_accept_talk_and_complete_through_the_pages() {
    on_both(|t| async move {
        gent(&t).await;
        let ann = person(&t, Some("gent"), "ann@example.org", "Ann").await;
        let bob = person(&t, Some("gent"), "bob@example.org", "Bob").await;
        let stranger = person(&t, None, "stranger@example.org", "Stranger").await;
        let anonymous = browser();

        // The platform's page leads to neighbour help, which leads to asking.
        let html = page(&ann, &t, "/p/gent", StatusCode::OK).await;
        assert!(html.contains("href=\"/p/gent/help\""));
        let html = page(&ann, &t, "/p/gent/help", StatusCode::OK).await;
        assert!(html.contains("href=\"/p/gent/help/new\"") && html.contains("href=\"/my/help\""));

        // One question first: what kind of help; then the details.
        let html = page(&ann, &t, "/p/gent/help/new", StatusCode::OK).await;
        assert!(html.contains("What do you need help with?") && html.contains("id=\"category-groceries\""));
        assert!(!html.contains("name=\"title\""));
        let form = "/p/gent/help/new?category=groceries";
        let html = page(&ann, &t, form, StatusCode::OK).await;
        assert!(
            html.contains("<input type=\"hidden\" name=\"category\" value=\"groceries\">")
                && html.contains("name=\"title\"")
        );
        page(&ann, &t, "/p/gent/help/new?category=juggling", StatusCode::UNPROCESSABLE_ENTITY).await;

        let day = (Utc::now() + Duration::days(2)).date_naive().to_string();
        let mut fields = vec![
            ("category", "groceries"),
            ("title", ""),
            ("description", "Bread, milk and apples."),
            ("address", ADDRESS),
            ("location.lat", "95"),
            ("location.lon", LON),
            ("from_day", day.as_str()),
            ("from_time", "14:00"),
            ("until_day", day.as_str()),
            ("until_time", "13:00"),
            ("on_behalf_name", BENEFICIARY),
            ("on_behalf_phone", "call me"),
            ("consent_given_by", BENEFICIARY),
            ("consent_day", "2026-11-20"),
            ("consent_how", "by phone"),
        ];
        // A mistake comes back with each error next to its field, and writes nothing.
        let html =
            body(submit(&ann, &t, form, "/p/gent/help/new", &fields).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        for field in ["title", "location.lat", "until_time", "on_behalf_phone"] {
            assert!(html.contains(&format!("id=\"{field}-error\"")), "an error next to {field}");
        }
        assert!(html.contains("class=\"error-summary\"") && html.contains(&format!("value=\"{ADDRESS}\"")));
        assert!(
            html.contains(">Bread, milk and apples.</textarea>")
                && html.contains("<details class=\"more-filters on-behalf\" open>")
        );
        let list = page(&ann, &t, "/p/gent/help", StatusCode::OK).await;
        assert!(list.contains("No one is asking"), "nothing was written");

        for (name, value) in
            [("title", TITLE), ("location.lat", LAT), ("until_time", "17:00"), ("on_behalf_phone", PHONE)]
        {
            fields.iter_mut().find(|(n, _)| *n == name).unwrap().1 = value;
        }
        let response = submit(&ann, &t, form, "/p/gent/help/new", &fields).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        let created = location(&response);
        assert!(created.ends_with("?done=asked"), "{created}");
        let request = created.split('?').next().unwrap().to_owned();
        let html = page(&ann, &t, &created, StatusCode::OK).await;
        assert!(
            html.contains("Your request is online")
                && html.contains(ADDRESS)
                && html.contains(BENEFICIARY)
                && html.contains(PHONE)
        );
        assert!(html.contains("No offers yet") && html.contains("Cancel my request"));

        // Others see it in the list and on its page, with the area only.
        let list = page(&bob, &t, "/p/gent/help", StatusCode::OK).await;
        assert!(
            list.contains(TITLE) && list.contains("Groceries") && list.contains("Area around") && list.contains("away")
        );
        assert_private("the list", &list);
        let other = page(&bob, &t, "/p/gent/help?category=pharmacy", StatusCode::OK).await;
        assert!(!other.contains(TITLE));
        let html = page(&bob, &t, &request, StatusCode::OK).await;
        assert_private("the request before an offer is accepted", &html);
        assert!(html.contains("Offer help") && !html.contains("Cancel my request"));
        let response =
            submit(&bob, &t, &request, &format!("{request}/offer"), &[("message", "I can go at three.")]).await;
        assert_eq!(location(&response), format!("{request}?done=offered"));
        let html = page(&bob, &t, &request, StatusCode::OK).await;
        assert!(html.contains("You offered to help") && !html.contains("action=\"{request}/offer\""));
        assert_private("the request to a helper who offered", &html);
        page(&bob, &t, &format!("{request}/messages"), StatusCode::FORBIDDEN).await;

        for (who, client) in [("a stranger", &stranger), ("someone signed out", &anonymous)] {
            for path in ["/p/gent/help".to_owned(), request.clone()] {
                let html = page(client, &t, &path, StatusCode::OK).await;
                assert_private(&format!("{path} to {who}"), &html);
            }
        }
        assert!(page(&anonymous, &t, &request, StatusCode::OK).await.contains("Sign in to offer help"));
        page(&stranger, &t, &format!("{request}/messages"), StatusCode::FORBIDDEN).await;
        assert!(
            page(&stranger, &t, "/p/gent/help/new", StatusCode::OK)
                .await
                .contains("Join this platform to ask for help")
        );
        let html = page(&ann, &t, &request, StatusCode::OK).await;
        assert!(html.contains("Waiting for your answer"), "the requester sees the offer waiting for them");
        let response = anonymous.get(t.url(&format!("{request}/messages"))).send().await.unwrap();
        assert!(location(&response).starts_with("/sign-in?next="));
        let response = submit(&stranger, &t, "/p/gent/help", &format!("{request}/offer"), &[("message", "Me!")]).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN);

        // The requester accepts; now the helper sees the address and the person helped.
        let html = page(&ann, &t, &request, StatusCode::OK).await;
        assert!(html.contains("Bob") && html.contains("I can go at three.") && html.contains(">Accept<"));
        let offer = value_after(&html, "name=\"offer\"");
        let response = submit(&ann, &t, &request, &format!("{request}/accept"), &[("offer", &offer)]).await;
        assert_eq!(location(&response), format!("{request}?done=accepted"));
        let html = page(&bob, &t, &request, StatusCode::OK).await;
        assert!(
            html.contains(ADDRESS)
                && html.contains(BENEFICIARY)
                && html.contains(PHONE)
                && html.contains("Your offer was accepted")
        );
        assert!(html.contains(&format!("href=\"{request}/messages\"")));
        assert_private(
            "the request to a stranger after acceptance",
            &page(&stranger, &t, &request, StatusCode::OK).await,
        );

        // They talk; an empty message is named and sent nowhere.
        let messages = format!("{request}/messages");
        let html =
            body(submit(&bob, &t, &messages, &messages, &[("text", "  ")]).await, StatusCode::UNPROCESSABLE_ENTITY)
                .await;
        assert!(html.contains("id=\"text-error\""));
        let response = submit(&bob, &t, &messages, &messages, &[("text", "On my way")]).await;
        assert!(location(&response).starts_with(&format!("{messages}?done=sent#message-")));
        let response = submit(&ann, &t, &messages, &messages, &[("text", "Thank you, the door is open")]).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        let html = page(&ann, &t, &messages, StatusCode::OK).await;
        assert!(
            html.contains("With Bob") && html.contains("On my way") && html.contains("Thank you, the door is open")
        );
        assert!(html.find("On my way").unwrap() < html.find("Thank you, the door is open").unwrap(), "oldest first");

        // Marked done with minutes within the window (three hours): the helper is credited.
        let html = page(&ann, &t, &request, StatusCode::OK).await;
        assert!(html.contains("name=\"minutes\"") && html.contains("value=\"60\"") && html.contains("max=\"180\""));
        let html = body(
            submit(&ann, &t, &request, &format!("{request}/done"), &[("minutes", "500")]).await,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
        assert!(html.contains("id=\"minutes-error\"") && html.contains("value=\"500\""));
        let response = submit(&ann, &t, &request, &format!("{request}/done"), &[("minutes", "90")]).await;
        assert_eq!(location(&response), format!("{request}?done=completed"));
        let html = page(&ann, &t, &request, StatusCode::OK).await;
        assert!(html.contains("1 h 30 min") && html.contains("Done"), "minutes read as hours and minutes");

        let credits = page(&bob, &t, "/my/credits", StatusCode::OK).await;
        assert!(
            credits.contains("1 h 30 min") && credits.contains(TITLE) && credits.contains("Ann"),
            "the helper is credited"
        );
        let credits = page(&ann, &t, "/my/credits", StatusCode::OK).await;
        // The requester's balance is below zero, said neutrally: no minus, no debt.
        assert!(
            credits.contains("Received 1 h 30 min more than given") && credits.contains("Bob"),
            "the requester's balance reads as time received"
        );
        assert!(
            !credits.contains("-1 h") && !credits.contains("class=\"negative\""),
            "time received is not shown as owed"
        );
        assert!(credits.contains("a balance below zero is not a debt"));
        assert!(page(&stranger, &t, "/my/credits", StatusCode::OK).await.contains("No credits yet"));

        // Each finds it among their own requests and offers.
        let mine = page(&ann, &t, "/my/help", StatusCode::OK).await;
        assert!(mine.contains(TITLE) && mine.contains("Done") && mine.contains("You have not offered help yet"));
        let mine = page(&bob, &t, "/my/help", StatusCode::OK).await;
        assert!(
            mine.contains(TITLE) && mine.contains("You helped") && mine.contains("You have not asked for help yet")
        );
        let mine = page(&stranger, &t, "/my/help", StatusCode::OK).await;
        assert!(!mine.contains(TITLE));
        assert_private("a stranger's own list", &mine);
    })
    .await;
}

#[tokio::test]
async fn a_requester_cancels_after_one_question() {
    on_both(|t| async move {
        let admin = gent(&t).await;
        let ann = person(&t, Some("gent"), "ann@example.org", "Ann").await;
        let bob = person(&t, Some("gent"), "bob@example.org", "Bob").await;
        let day = (Utc::now() + Duration::days(1)).date_naive().to_string();
        let fields = [
            ("category", "pharmacy"),
            ("title", "Medicine from the pharmacy"),
            ("description", "A prescription to collect."),
            ("address", ADDRESS),
            ("location.lat", LAT),
            ("location.lon", LON),
            ("from_day", day.as_str()),
            ("from_time", "09:00"),
            ("until_day", day.as_str()),
            ("until_time", "12:00"),
        ];
        let response = submit(&ann, &t, "/p/gent/help/new?category=pharmacy", "/p/gent/help/new", &fields).await;
        let request = location(&response).split('?').next().unwrap().to_owned();
        page(&bob, &t, &format!("{request}/cancel"), StatusCode::FORBIDDEN).await;
        let html = page(&ann, &t, &format!("{request}/cancel"), StatusCode::OK).await;
        assert!(html.contains("Do you want to cancel") && html.contains("Yes, cancel it"));
        let response = submit(&ann, &t, &format!("{request}/cancel"), &format!("{request}/cancel"), &[]).await;
        assert_eq!(location(&response), format!("{request}?done=cancelled"));
        let html = page(&ann, &t, &format!("{request}?done=cancelled"), StatusCode::OK).await;
        assert!(
            html.contains("Your request is cancelled")
                && html.contains("Cancelled")
                && !html.contains("Cancel my request")
        );
        assert!(!page(&bob, &t, "/p/gent/help", StatusCode::OK).await.contains("Medicine from the pharmacy"));
        // The same request under another platform's address is unknown there.
        t.platform(&admin, "bxl").await;
        let id = request.rsplit('/').next().unwrap();
        page(&ann, &t, &format!("/p/bxl/help/{id}"), StatusCode::NOT_FOUND).await;
    })
    .await;
}

#[tokio::test]
async fn organisations_pay_each_other_on_their_credits_page_within_the_limit() {
    on_both(|t| async move {
        let admin = gent(&t).await;
        let set = t
            .send(
                reqwest::Method::PUT,
                "/api/v1/platforms/gent/credit-limits/barter",
                Some(&admin),
                Some(json!({ "limit": 100 })),
            )
            .await;
        assert_eq!(set.status(), StatusCode::OK);
        let ann = person(&t, Some("gent"), "ann@example.org", "Ann").await;
        let bob = person(&t, Some("gent"), "bob@example.org", "Bob").await;
        let new = "/p/gent/organisations/new";
        let bank = location(
            &submit(
                &ann,
                &t,
                new,
                new,
                &[("name", "Food bank"), ("kind", "nonprofit"), ("description", "Food for all")],
            )
            .await,
        );
        let club = location(
            &submit(
                &bob,
                &t,
                new,
                new,
                &[("name", "Repair club"), ("kind", "nonprofit"), ("description", "We fix things")],
            )
            .await,
        );
        let (bank, club) = (bank.rsplit('/').next().unwrap().to_owned(), club.rsplit('/').next().unwrap().to_owned());
        let credits = format!("/organisations/{bank}/credits");

        let html = page(&ann, &t, &format!("/p/gent/organisations/{bank}"), StatusCode::OK).await;
        assert!(html.contains(&format!("href=\"{credits}\"")));
        let html = page(&ann, &t, &credits, StatusCode::OK).await;
        assert!(
            html.contains("Pay another organisation")
                && html.contains(&format!("<option value=\"{club}\">Repair club</option>"))
        );
        assert!(html.contains(&format!("href=\"/api/v1/organisations/{bank}/ledger.csv?unit=barter\"")));
        assert!(html.contains("0 credits"));

        // Beyond the limit, or not a number: refused next to the amount, nothing paid.
        let over = [("to", club.as_str()), ("amount", "150"), ("memo", "Vans")];
        let html = body(submit(&ann, &t, &credits, &credits, &over).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(
            html.contains("id=\"amount-error\"")
                && html.contains("below the credit limit")
                && html.contains("value=\"150\"")
        );
        let html = body(
            submit(&ann, &t, &credits, &credits, &[("to", club.as_str()), ("amount", "lots"), ("memo", "")]).await,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
        assert!(html.contains("id=\"amount-error\"") && html.contains("Nothing yet."));

        let paid = [("to", club.as_str()), ("amount", "30"), ("memo", "Van for the fair")];
        let response = submit(&ann, &t, &credits, &credits, &paid).await;
        assert_eq!(location(&response), format!("{credits}?done=paid"));
        let html = page(&ann, &t, &format!("{credits}?done=paid"), StatusCode::OK).await;
        assert!(
            html.contains("The credits were sent")
                && html.contains("-30 credits")
                && html.contains("Van for the fair")
                && html.contains("Repair club")
        );
        let theirs = page(&bob, &t, &format!("/organisations/{club}/credits"), StatusCode::OK).await;
        assert!(theirs.contains("30 credits") && theirs.contains("Food bank") && !theirs.contains("-30 credits"));
        page(&bob, &t, &credits, StatusCode::FORBIDDEN).await;
        let response = submit(
            &bob,
            &t,
            &format!("/organisations/{club}/credits"),
            &credits,
            &[("to", club.as_str()), ("amount", "1"), ("memo", "")],
        )
        .await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN);

        // The CSV download works with the session cookie.
        let csv = ann.get(t.url(&format!("/api/v1/organisations/{bank}/ledger.csv?unit=barter"))).send().await.unwrap();
        assert_eq!(csv.status(), StatusCode::OK);
        assert!(csv.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
        assert!(csv.text().await.unwrap().contains("Van for the fair"));
    })
    .await;
}

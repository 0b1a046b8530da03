//! schema.org data for search engines and other readers: a `JobPosting` with
//! `employmentType: VOLUNTEER` for the opportunity, and an `Event` per upcoming shift.
//! Built as JSON values, never by pasting strings, then made safe inside `<script>`.

use entraide_app::OpportunityView;
use entraide_domain::opportunity::{OpportunityStatus, Place};
use entraide_domain::time::Timestamp;
use serde_json::{Value, json};

/// The JSON-LD of a published opportunity, ready to sit in a `<script>` element; `None`
/// for drafts and closed ones, which nobody should be sent to.
pub(super) fn json_ld(view: &OpportunityView, origin: &str, now: Timestamp) -> Option<String> {
    if view.opportunity.draft.status != OpportunityStatus::Published {
        return None;
    }
    let slug = view.platform.slug.as_str();
    let opportunity = &view.opportunity;
    let url = format!("{origin}/p/{slug}/opportunities/{}", opportunity.id);
    let organisation = json!({
        "@type": "Organization",
        "name": view.organisation.name,
        "url": format!("{origin}/p/{slug}/organisations/{}", view.organisation.id),
    });
    let upcoming: Vec<_> = view.shifts.iter().filter(|s| s.starts_at > now).collect();

    let mut posting = json!({
        "@type": "JobPosting",
        "title": opportunity.draft.title,
        "description": opportunity.draft.description,
        "datePosted": opportunity.created_at.to_rfc3339(),
        "employmentType": "VOLUNTEER",
        "hiringOrganization": organisation,
        "directApply": true,
        "url": url,
    });
    match &opportunity.draft.place {
        Place::At { .. } => posting["jobLocation"] = place(view),
        Place::Remote => posting["jobLocationType"] = json!("TELECOMMUTE"),
    }
    if let Some(last) = upcoming.iter().filter(|s| s.cancelled_at.is_none()).map(|s| s.ends_at).max() {
        posting["validThrough"] = json!(last.to_rfc3339());
    }

    let mut graph = vec![posting];
    for shift in upcoming {
        let cancelled = shift.cancelled_at.is_some();
        let (mode, location) = match &opportunity.draft.place {
            Place::At { .. } => ("https://schema.org/OfflineEventAttendanceMode", place(view)),
            Place::Remote => {
                ("https://schema.org/OnlineEventAttendanceMode", json!({ "@type": "VirtualLocation", "url": url }))
            }
        };
        graph.push(json!({
            "@type": "Event",
            "name": opportunity.draft.title,
            "description": opportunity.draft.description,
            "startDate": shift.starts_at.to_rfc3339(),
            "endDate": shift.ends_at.to_rfc3339(),
            "eventStatus": if cancelled { "https://schema.org/EventCancelled" } else { "https://schema.org/EventScheduled" },
            "eventAttendanceMode": mode,
            "location": location,
            "organizer": organisation,
            "maximumAttendeeCapacity": shift.slots,
            "remainingAttendeeCapacity": if cancelled { 0 } else { shift.places_left() },
            "url": format!("{url}#shift-{}", shift.id),
        }));
    }
    let document = json!({ "@context": "https://schema.org", "@graph": graph });
    serde_json::to_string(&document).ok().map(|text| script_safe(&text))
}

/// The opportunity's place as a schema.org `Place`.
fn place(view: &OpportunityView) -> Value {
    match &view.opportunity.draft.place {
        Place::At { point, address } => {
            let name = if address.is_empty() { view.organisation.name.as_str() } else { address.as_str() };
            let mut place = json!({
                "@type": "Place",
                "name": name,
                "geo": { "@type": "GeoCoordinates", "latitude": point.lat(), "longitude": point.lon() },
            });
            if !address.is_empty() {
                place["address"] = json!(address);
            }
            place
        }
        Place::Remote => Value::Null,
    }
}

/// JSON that cannot end its `<script>` element or open a comment in it: `<`, `>` and `&`
/// only occur inside strings, where their `\u` escapes mean the same.
fn script_safe(json: &str) -> String {
    json.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::script_safe;

    #[test]
    fn a_title_cannot_close_the_script() {
        let text = serde_json::to_string(&serde_json::json!({ "title": "</script><script>alert(1)</script> & <!--" }))
            .unwrap();
        let safe = script_safe(&text);
        assert!(!safe.contains('<') && !safe.contains('>'));
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back["title"], "</script><script>alert(1)</script> & <!--");
    }
}

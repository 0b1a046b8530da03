//! The export of everything stored about a person, as JSON (GDPR art. 15 and 20).

use crate::error::{AppError, Result};
use crate::{Actor, App};
use entraide_storage::PersonalData;
use serde_json::{Value, json};

impl App {
    /// Everything stored about the person.
    pub async fn export_personal_data(&self, actor: &Actor) -> Result<Value> {
        let data = self.store.export_personal_data(actor.account.id).await?.ok_or(AppError::NotFound("account"))?;
        let mut export = personal_data_json(&data);
        let accepted = self.store.policy_acceptances(actor.account.id).await?;
        export["policy_acceptances"] = accepted
            .iter()
            .map(|a| {
                json!({
                    "platform": a.platform,
                    "version": a.version,
                    "locale": a.locale.code(),
                    "accepted_at": a.accepted_at,
                })
            })
            .collect();
        Ok(export)
    }
}

/// The export's JSON shape; every section of [`PersonalData`] appears.
pub fn personal_data_json(data: &PersonalData) -> Value {
    let account = &data.account;
    json!({
        "account": {
            "id": account.id,
            "email": account.email,
            "display_name": account.display_name,
            "locale": account.locale,
            "birth_date": account.birth_date,
            "phone": account.phone,
            "email_confirmed_at": account.email_confirmed_at,
            "is_instance_admin": account.is_instance_admin,
            "created_at": account.created_at,
        },
        "platforms": data.platforms.iter().map(|(slug, role, at)| json!({
            "platform": slug, "role": role, "joined_at": at,
        })).collect::<Vec<_>>(),
        "organisations": data.organisations.iter().map(|(slug, id, name, role, at)| json!({
            "platform": slug, "id": id, "name": name, "role": role, "since": at,
        })).collect::<Vec<_>>(),
        "sessions": data.sessions.iter().map(|(created, expires)| json!({
            "created_at": created, "expires_at": expires,
        })).collect::<Vec<_>>(),
        "api_tokens": data.api_tokens.iter().map(|t| json!({
            "id": t.id, "label": t.label, "created_at": t.created_at, "revoked_at": t.revoked_at,
        })).collect::<Vec<_>>(),
        "notifications": data.notifications.iter().map(|n| json!({
            "id": n.id, "platform_id": n.platform_id, "event": n.kind, "data": n.payload,
            "created_at": n.created_at, "read_at": n.read_at,
        })).collect::<Vec<_>>(),
        "mails": data.mails.iter().map(|m| json!({
            "id": m.id, "platform_id": m.platform_id, "to": m.mail.to, "subject": m.mail.subject,
            "text": m.mail.text, "created_at": m.created_at, "sent_at": m.sent_at,
        })).collect::<Vec<_>>(),
        "calendar_feeds": data.calendar_feeds.iter().map(|(created, revoked)| json!({
            "created_at": created, "revoked_at": revoked,
        })).collect::<Vec<_>>(),
        "signups": data.signups.iter().map(|d| json!({
            "id": d.signup.id, "status": d.signup.status, "position": d.signup.position,
            "created_at": d.signup.created_at, "cancelled_at": d.signup.cancelled_at, "late": d.signup.late,
            "attended": d.signup.attended, "minutes": d.signup.minutes,
            "shift": { "id": d.shift.id, "starts_at": d.shift.starts_at, "ends_at": d.shift.ends_at },
            "opportunity": { "id": d.opportunity_id, "title": d.title, "organisation": d.organisation, "platform": d.platform },
        })).collect::<Vec<_>>(),
        "hour_reports": data.hour_reports.iter().map(|r| json!({
            "id": r.id, "opportunity_id": r.opportunity_id, "day": r.day, "minutes": r.minutes,
            "note": r.note, "status": r.status, "created_at": r.created_at,
        })).collect::<Vec<_>>(),
        "ledger_entries": data.ledger_entries.iter().map(|e| json!({
            "id": e.id, "platform_id": e.platform_id, "unit": e.unit, "amount": e.amount, "kind": e.kind,
            "memo": e.memo, "from": { "kind": e.from.kind(), "id": e.from.id() }, "to": { "kind": e.to.kind(), "id": e.to.id() },
            "reverses": e.reverses, "created_at": e.created_at,
        })).collect::<Vec<_>>(),
        "ledger_balances": data.ledger_balances.iter().map(|b| json!({
            "platform_id": b.platform_id, "unit": b.unit, "amount": b.amount,
        })).collect::<Vec<_>>(),
        "help_requests": data.help_requests.iter().map(|r| json!({
            "id": r.id, "platform_id": r.platform_id, "category": r.draft.category, "title": r.draft.title,
            "description": r.draft.description, "location": { "lat": r.draft.point.lat(), "lon": r.draft.point.lon() },
            "address": r.draft.address, "needed_from": r.draft.needed_from, "needed_until": r.draft.needed_until,
            "on_behalf_of": r.draft.on_behalf.as_ref().map(|b| json!({ "name": b.name, "phone": b.phone })),
            "status": r.status.as_str(), "helper_id": r.helper, "minutes": r.minutes, "created_at": r.created_at,
        })).collect::<Vec<_>>(),
        "consents": data.help_requests.iter().filter_map(|r| r.draft.on_behalf.as_ref().map(|b| json!({
            "request_id": r.id, "for": b.name, "given_by": b.consent_given_by, "given_at": b.consent_given_at, "how": b.consent_how,
        }))).collect::<Vec<_>>(),
        "help_offers": data.help_offers.iter().map(|o| json!({
            "id": o.id, "request_id": o.request_id, "message": o.message, "status": o.status.as_str(), "created_at": o.created_at,
        })).collect::<Vec<_>>(),
        "profile": data.profile.as_ref().map(crate::profile::profile_json),
        "help_messages": data.help_messages.iter().map(|m| json!({
            "id": m.id, "request_id": m.request_id, "text": m.text, "created_at": m.created_at,
        })).collect::<Vec<_>>(),
        "standing_offers": data.standing_offers.iter().map(|o| json!({
            "id": o.id, "platform_id": o.platform_id, "category": o.draft.category, "weekdays": o.draft.weekdays.numbers(),
            "location": { "lat": o.draft.point.lat(), "lon": o.draft.point.lon() }, "within_km": o.draft.within_km,
            "note": o.draft.note, "created_at": o.created_at,
        })).collect::<Vec<_>>(),
        "thanks": data.thanks.iter().map(|t| json!({ "request_id": t.request_id, "text": t.text, "created_at": t.created_at })).collect::<Vec<_>>(),
        "blocks": data.blocks.iter().map(|b| json!({ "account_id": b.account_id, "display_name": b.display_name, "since": b.since })).collect::<Vec<_>>(),
        "invitations": data.invitations.iter().map(|(shift, at)| json!({ "shift_id": shift, "invited_at": at })).collect::<Vec<_>>(),
        "reports": data.reports.iter().map(|r| json!({
            "id": r.id, "kind": r.target.as_str(), "target_id": r.target_id, "reason": r.reason, "created_at": r.created_at, "resolved_at": r.resolved_at,
        })).collect::<Vec<_>>(),
    })
}

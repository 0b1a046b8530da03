//! Neighbour help: categories, requests, offers and private threads.

use crate::error::StoreError;
use crate::stamp::Stamp;
use entraide_domain::geo::Coordinates;
use entraide_domain::help::{HelpMessage, HelpRequest, Offer, OfferStatus, OnBehalf, RequestDraft, RequestStatus};
use entraide_domain::id::{AccountId, HelpMessageId, HelpRequestId, OfferId, PlatformId};
use uuid::Uuid;

/// The columns of a request, as [`RequestRow`] reads them.
macro_rules! request_columns {
    ($($t:literal)?) => {
        $crate::row::columns!($($t)?; id, platform_id, requester_id, category, title, description, lat, lon, h3_cell, address,
         needed_from, needed_until, on_behalf_name, on_behalf_phone, consent_given_by, consent_given_at, consent_how, status,
         helper_id, minutes, hidden_at, created_at)
    };
}
pub(crate) use request_columns;

#[derive(sqlx::FromRow)]
pub(crate) struct RequestRow {
    id: Uuid,
    platform_id: Uuid,
    requester_id: Uuid,
    category: String,
    title: String,
    description: String,
    lat: f64,
    lon: f64,
    h3_cell: i64,
    address: String,
    needed_from: Stamp,
    needed_until: Stamp,
    on_behalf_name: Option<String>,
    on_behalf_phone: Option<String>,
    consent_given_by: Option<String>,
    consent_given_at: Option<Stamp>,
    consent_how: Option<String>,
    status: String,
    helper_id: Option<Uuid>,
    minutes: Option<i64>,
    hidden_at: Option<Stamp>,
    created_at: Stamp,
}

impl TryFrom<RequestRow> for HelpRequest {
    type Error = StoreError;
    fn try_from(row: RequestRow) -> Result<Self, StoreError> {
        let point = Coordinates::parse(row.lat, row.lon, ("lat", "lon"))
            .map_err(|_| StoreError::Corrupt(format!("request point {},{}", row.lat, row.lon)))?;
        let status = RequestStatus::parse(&row.status)
            .ok_or_else(|| StoreError::Corrupt(format!("request status `{}`", row.status)))?;
        let on_behalf = match (
            row.on_behalf_name,
            row.on_behalf_phone,
            row.consent_given_by,
            row.consent_given_at,
            row.consent_how,
        ) {
            (Some(name), Some(phone), Some(consent_given_by), Some(consent_given_at), Some(consent_how)) => {
                Some(OnBehalf { name, phone, consent_given_by, consent_given_at: consent_given_at.0, consent_how })
            }
            _ => None,
        };
        Ok(HelpRequest {
            id: HelpRequestId(row.id),
            platform_id: PlatformId(row.platform_id),
            requester: AccountId(row.requester_id),
            draft: RequestDraft {
                category: row.category,
                title: row.title,
                description: row.description,
                point,
                address: row.address,
                needed_from: row.needed_from.0,
                needed_until: row.needed_until.0,
                on_behalf,
            },
            cell: row.h3_cell,
            status,
            helper: row.helper_id.map(AccountId),
            minutes: row.minutes,
            hidden: row.hidden_at.is_some(),
            created_at: row.created_at.0,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct OfferRow {
    id: Uuid,
    request_id: Uuid,
    helper_id: Uuid,
    message: String,
    status: String,
    hidden_at: Option<Stamp>,
    created_at: Stamp,
}

impl TryFrom<OfferRow> for Offer {
    type Error = StoreError;
    fn try_from(row: OfferRow) -> Result<Self, StoreError> {
        Ok(Offer {
            id: OfferId(row.id),
            request_id: HelpRequestId(row.request_id),
            helper: AccountId(row.helper_id),
            message: row.message,
            status: OfferStatus::parse(&row.status)
                .ok_or_else(|| StoreError::Corrupt(format!("offer status `{}`", row.status)))?,
            hidden: row.hidden_at.is_some(),
            created_at: row.created_at.0,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct MessageRow {
    id: Uuid,
    request_id: Uuid,
    author_id: Uuid,
    body: String,
    hidden_at: Option<Stamp>,
    created_at: Stamp,
}

impl From<MessageRow> for HelpMessage {
    fn from(row: MessageRow) -> Self {
        HelpMessage {
            id: HelpMessageId(row.id),
            request_id: HelpRequestId(row.request_id),
            author: AccountId(row.author_id),
            text: row.body,
            hidden: row.hidden_at.is_some(),
            created_at: row.created_at.0,
        }
    }
}

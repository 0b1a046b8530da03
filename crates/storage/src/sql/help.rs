//! Neighbour help: categories, requests, offers and private threads.

use crate::error::StoreError;
use crate::stamp::Stamp;
use entraide_domain::geo::Coordinates;
use entraide_domain::help::{HelpMessage, HelpRequest, Offer, OfferStatus, OnBehalf, RequestDraft, RequestStatus};
use entraide_domain::id::{AccountId, HelpMessageId, HelpRequestId, OfferId, PlatformId};
use uuid::Uuid;

/// The columns of a request, as [`RequestRow`] reads them.
macro_rules! request_columns {
    () => {
        "id, platform_id, requester_id, category, title, description, lat, lon, h3_cell, address,
         needed_from, needed_until, on_behalf_name, on_behalf_phone, consent_given_by, consent_given_at, consent_how, status,
         helper_id, minutes, hidden_at, created_at"
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

macro_rules! help_store {
    ($store:ty) => {
        impl $store {
            async fn request_in(
                tx: &mut sqlx::Transaction<'static, <$store as $crate::sql::Backend>::Db>,
                platform: entraide_domain::id::PlatformId,
                id: entraide_domain::id::HelpRequestId,
            ) -> $crate::error::Result<entraide_domain::help::HelpRequest> {
                let row: Option<$crate::sql::help::RequestRow> =
                    sqlx::query_as(concat!("SELECT ", $crate::sql::help::request_columns!(), " FROM help_requests WHERE platform_id = $1 AND id = $2"))
                        .bind(platform.0)
                        .bind(id.0)
                        .fetch_optional(&mut **tx)
                        .await?;
                row.ok_or($crate::StoreError::NotFound("request"))?.try_into()
            }

            /// Queues a notice about neighbour help to one person, in the same
            /// transaction as the change that causes it: the notice is never lost, and
            /// never sent for a change that did not happen.
            pub(crate) async fn queue_help_notice(
                tx: &mut sqlx::Transaction<'static, <$store as $crate::sql::Backend>::Db>,
                event: entraide_domain::notification::HelpEvent,
                account: entraide_domain::id::AccountId,
                platform: entraide_domain::id::PlatformId,
                request: Option<entraide_domain::id::HelpRequestId>,
                note: Option<&str>,
                at: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<()> {
                let job = $crate::Job::HelpNotify {
                    event: event.as_str().to_owned(),
                    account,
                    platform,
                    request,
                    note: note.map(str::to_owned),
                };
                Self::insert_job(tx, &job, at, at).await?;
                Ok(())
            }

            /// Tells every open offerer of a request, politely, that their help is not
            /// needed this time (another offer was accepted, or the request withdrawn).
            async fn decline_open_offers(
                tx: &mut sqlx::Transaction<'static, <$store as $crate::sql::Backend>::Db>,
                platform: entraide_domain::id::PlatformId,
                request: entraide_domain::id::HelpRequestId,
                except: Option<entraide_domain::id::OfferId>,
                at: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<()> {
                let except = except.map(|o| o.0).unwrap_or_else(uuid::Uuid::nil);
                let declined: Vec<uuid::Uuid> = sqlx::query_scalar("SELECT helper_id FROM help_offers WHERE request_id = $1 AND status = 'open' AND id <> $2")
                    .bind(request.0)
                    .bind(except)
                    .fetch_all(&mut **tx)
                    .await?;
                sqlx::query("UPDATE help_offers SET status = 'declined' WHERE request_id = $1 AND status = 'open' AND id <> $2")
                    .bind(request.0)
                    .bind(except)
                    .execute(&mut **tx)
                    .await?;
                for helper in declined {
                    let event = entraide_domain::notification::HelpEvent::OfferDeclined;
                    Self::queue_help_notice(tx, event, entraide_domain::id::AccountId(helper), platform, Some(request), None, at).await?;
                }
                Ok(())
            }

            /// Queues a notice to every helper whose standing offer fits a new request.
            async fn notify_standing_offers(
                tx: &mut sqlx::Transaction<'static, <$store as $crate::sql::Backend>::Db>,
                request: &entraide_domain::help::HelpRequest,
                at: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<()> {
                let zone: String = sqlx::query_scalar("SELECT time_zone FROM platforms WHERE id = $1").bind(request.platform_id.0).fetch_one(&mut **tx).await?;
                let zone = entraide_domain::platform::TimeZone::parse(&zone, "time_zone").map_err(|_| $crate::StoreError::Corrupt(format!("time zone `{zone}`")))?;
                // The SQL narrows by category; distance and days are checked here, on the
                // approximate point (see `StandingOffer::fits`).
                let rows: Vec<$crate::sql::safety::StandingOfferRow> = sqlx::query_as(
                    "SELECT id, platform_id, helper_id, category, weekdays, lat, lon, within_km, note, created_at FROM standing_offers
                     WHERE platform_id = $1 AND (category IS NULL OR category = $2)",
                )
                .bind(request.platform_id.0)
                .bind(&request.draft.category)
                .fetch_all(&mut **tx)
                .await?;
                let offers: Vec<entraide_domain::standing_offer::StandingOffer> = $crate::row::convert_all(rows)?;
                let mut told = std::collections::BTreeSet::new();
                for offer in offers.iter().filter(|o| o.fits(request, zone.tz())) {
                    // One notice per helper, however many of their offers fit.
                    if told.insert(offer.helper) {
                        let event = entraide_domain::notification::HelpEvent::RequestNearby;
                        Self::queue_help_notice(tx, event, offer.helper, request.platform_id, Some(request.id), None, at).await?;
                    }
                }
                Ok(())
            }
        }

        #[async_trait::async_trait]
        impl $crate::HelpStore for $store {
            async fn help_categories(&self, platform: entraide_domain::id::PlatformId) -> $crate::error::Result<Vec<entraide_domain::help::HelpCategory>> {
                let rows: Vec<(String, String)> = sqlx::query_as("SELECT code, label FROM help_categories WHERE platform_id = $1 ORDER BY label, code")
                    .bind(platform.0)
                    .fetch_all(self.reader())
                    .await?;
                Ok(rows.into_iter().map(|(code, label)| entraide_domain::help::HelpCategory { code, label }).collect())
            }

            async fn put_help_category(&self, platform: entraide_domain::id::PlatformId, category: &entraide_domain::help::HelpCategory) -> $crate::error::Result<()> {
                sqlx::query(
                    "INSERT INTO help_categories (platform_id, code, label) VALUES ($1, $2, $3)
                     ON CONFLICT (platform_id, code) DO UPDATE SET label = excluded.label",
                )
                .bind(platform.0)
                .bind(&category.code)
                .bind(&category.label)
                .execute(self.writer())
                .await?;
                Ok(())
            }

            async fn remove_help_category(&self, platform: entraide_domain::id::PlatformId, code: &str) -> $crate::error::Result<()> {
                let mut tx = self.begin_write().await?;
                let used: i64 = sqlx::query_scalar(
                    "SELECT (SELECT COUNT(*) FROM help_requests WHERE platform_id = $1 AND category = $2)
                          + (SELECT COUNT(*) FROM standing_offers WHERE platform_id = $1 AND category = $2)",
                )
                .bind(platform.0)
                .bind(code)
                .fetch_one(&mut *tx)
                .await?;
                if used > 0 {
                    return Err($crate::StoreError::Refused("category-in-use"));
                }
                let done = sqlx::query("DELETE FROM help_categories WHERE platform_id = $1 AND code = $2").bind(platform.0).bind(code).execute(&mut *tx).await?;
                if done.rows_affected() == 0 {
                    return Err($crate::StoreError::NotFound("category"));
                }
                tx.commit().await?;
                Ok(())
            }

            async fn create_request(
                &self,
                platform: entraide_domain::id::PlatformId,
                requester: entraide_domain::id::AccountId,
                draft: &entraide_domain::help::RequestDraft,
                at: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<entraide_domain::help::HelpRequest> {
                let id = entraide_domain::id::HelpRequestId::new();
                let cell = entraide_domain::help::cell_of(draft.point);
                let mut tx = self.begin_write().await?;
                let known: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM help_categories WHERE platform_id = $1 AND code = $2")
                    .bind(platform.0)
                    .bind(&draft.category)
                    .fetch_one(&mut *tx)
                    .await?;
                if known == 0 {
                    return Err($crate::StoreError::NotFound("category"));
                }
                let behalf = draft.on_behalf.as_ref();
                sqlx::query(
                    "INSERT INTO help_requests (id, platform_id, requester_id, category, title, description, lat, lon, h3_cell, address,
                       needed_from, needed_until, on_behalf_name, on_behalf_phone, consent_given_by, consent_given_at, consent_how,
                       status, created_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, 'open', $18)",
                )
                .bind(id.0)
                .bind(platform.0)
                .bind(requester.0)
                .bind(&draft.category)
                .bind(&draft.title)
                .bind(&draft.description)
                .bind(draft.point.lat())
                .bind(draft.point.lon())
                .bind(cell)
                .bind(&draft.address)
                .bind($crate::stamp::Stamp(draft.needed_from))
                .bind($crate::stamp::Stamp(draft.needed_until))
                .bind(behalf.map(|b| b.name.clone()))
                .bind(behalf.map(|b| b.phone.clone()))
                .bind(behalf.map(|b| b.consent_given_by.clone()))
                .bind(behalf.map(|b| $crate::stamp::Stamp(b.consent_given_at)))
                .bind(behalf.map(|b| b.consent_how.clone()))
                .bind($crate::stamp::Stamp(at))
                .execute(&mut *tx)
                .await?;
                let request = entraide_domain::help::HelpRequest {
                    id,
                    platform_id: platform,
                    requester,
                    draft: draft.clone(),
                    cell,
                    status: entraide_domain::help::RequestStatus::Open,
                    helper: None,
                    minutes: None,
                    hidden: false,
                    created_at: at,
                };
                Self::notify_standing_offers(&mut tx, &request, at).await?;
                tx.commit().await?;
                Ok(request)
            }

            async fn request_platform(&self, id: entraide_domain::id::HelpRequestId) -> $crate::error::Result<Option<entraide_domain::id::PlatformId>> {
                self.platform_of("SELECT platform_id FROM help_requests WHERE id = $1", id.0).await
            }

            async fn request(
                &self,
                platform: entraide_domain::id::PlatformId,
                id: entraide_domain::id::HelpRequestId,
            ) -> $crate::error::Result<Option<entraide_domain::help::HelpRequest>> {
                let row: Option<$crate::sql::help::RequestRow> =
                    sqlx::query_as(concat!("SELECT ", $crate::sql::help::request_columns!(), " FROM help_requests WHERE platform_id = $1 AND id = $2"))
                        .bind(platform.0)
                        .bind(id.0)
                        .fetch_optional(self.reader())
                        .await?;
                row.map(TryInto::try_into).transpose()
            }

            async fn list_requests(
                &self,
                platform: entraide_domain::id::PlatformId,
                filter: &$crate::RequestFilter,
            ) -> $crate::error::Result<Vec<entraide_domain::help::HelpRequest>> {
                if filter.cells.as_ref().is_some_and(Vec::is_empty) {
                    return Ok(Vec::new());
                }
                let mut query = sqlx::QueryBuilder::<<$store as $crate::sql::Backend>::Db>::new(concat!(
                    "SELECT ",
                    $crate::sql::help::request_columns!(),
                    " FROM help_requests WHERE status = 'open' AND hidden_at IS NULL AND platform_id = "
                ));
                query.push_bind(platform.0);
                if let Some(category) = &filter.category {
                    query.push(" AND category = ").push_bind(category.clone());
                }
                if let Some(at) = filter.open_at {
                    query.push(" AND needed_until > ").push_bind($crate::stamp::Stamp(at));
                }
                if let Some(cells) = &filter.cells {
                    query.push(" AND h3_cell IN (");
                    let mut list = query.separated(", ");
                    for cell in cells {
                        list.push_bind(*cell);
                    }
                    query.push(")");
                }
                if let Some((created, id)) = filter.after {
                    query
                        .push(" AND (created_at > ")
                        .push_bind($crate::stamp::Stamp(created))
                        .push(" OR (created_at = ")
                        .push_bind($crate::stamp::Stamp(created))
                        .push(" AND id > ")
                        .push_bind(id.0)
                        .push("))");
                }
                query.push(" ORDER BY created_at, id LIMIT ").push_bind(filter.limit);
                let rows: Vec<$crate::sql::help::RequestRow> = query.build_query_as().fetch_all(self.reader()).await?;
                $crate::row::convert_all(rows)
            }

            async fn account_requests(&self, account: entraide_domain::id::AccountId) -> $crate::error::Result<Vec<entraide_domain::help::HelpRequest>> {
                let rows: Vec<$crate::sql::help::RequestRow> =
                    sqlx::query_as(concat!("SELECT ", $crate::sql::help::request_columns!(), " FROM help_requests WHERE requester_id = $1 ORDER BY created_at, id"))
                        .bind(account.0)
                        .fetch_all(self.reader())
                        .await?;
                $crate::row::convert_all(rows)
            }

            async fn account_offers(&self, account: entraide_domain::id::AccountId) -> $crate::error::Result<Vec<entraide_domain::help::Offer>> {
                let rows: Vec<$crate::sql::help::OfferRow> = sqlx::query_as(
                    "SELECT id, request_id, helper_id, message, status, hidden_at, created_at FROM help_offers WHERE helper_id = $1 ORDER BY created_at DESC, id DESC",
                )
                .bind(account.0)
                .fetch_all(self.reader())
                .await?;
                $crate::row::convert_all(rows)
            }

            async fn cancel_request(
                &self,
                platform: entraide_domain::id::PlatformId,
                id: entraide_domain::id::HelpRequestId,
                at: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<entraide_domain::help::HelpRequest> {
                let mut tx = self.begin_write().await?;
                let done = sqlx::query("UPDATE help_requests SET status = 'cancelled' WHERE platform_id = $1 AND id = $2 AND status IN ('open', 'accepted')")
                    .bind(platform.0)
                    .bind(id.0)
                    .execute(&mut *tx)
                    .await?;
                let request = Self::request_in(&mut tx, platform, id).await?;
                if done.rows_affected() == 0 {
                    return Err($crate::StoreError::Refused("request-closed"));
                }
                Self::decline_open_offers(&mut tx, platform, id, None, at).await?;
                tx.commit().await?;
                Ok(request)
            }

            async fn create_offer(
                &self,
                platform: entraide_domain::id::PlatformId,
                request: entraide_domain::id::HelpRequestId,
                helper: entraide_domain::id::AccountId,
                message: &str,
                at: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<entraide_domain::help::Offer> {
                let mut tx = self.begin_write().await?;
                let found = Self::request_in(&mut tx, platform, request).await?;
                if found.status != entraide_domain::help::RequestStatus::Open {
                    return Err($crate::StoreError::Refused("request-not-open"));
                }
                let id = entraide_domain::id::OfferId::new();
                sqlx::query("INSERT INTO help_offers (id, request_id, platform_id, helper_id, message, status, created_at) VALUES ($1, $2, $3, $4, $5, 'open', $6)")
                    .bind(id.0)
                    .bind(request.0)
                    .bind(platform.0)
                    .bind(helper.0)
                    .bind(message)
                    .bind($crate::stamp::Stamp(at))
                    .execute(&mut *tx)
                    .await
                    .map_err($crate::StoreError::conflict_on("offer"))?;
                let event = entraide_domain::notification::HelpEvent::OfferReceived;
                Self::queue_help_notice(&mut tx, event, found.requester, platform, Some(request), None, at).await?;
                tx.commit().await?;
                Ok(entraide_domain::help::Offer { id, request_id: request, helper, message: message.to_owned(), status: entraide_domain::help::OfferStatus::Open, hidden: false, created_at: at })
            }

            async fn offers(
                &self,
                platform: entraide_domain::id::PlatformId,
                request: entraide_domain::id::HelpRequestId,
            ) -> $crate::error::Result<Vec<entraide_domain::help::Offer>> {
                let rows: Vec<$crate::sql::help::OfferRow> = sqlx::query_as(
                    "SELECT id, request_id, helper_id, message, status, hidden_at, created_at FROM help_offers
                     WHERE platform_id = $1 AND request_id = $2 ORDER BY created_at, id",
                )
                .bind(platform.0)
                .bind(request.0)
                .fetch_all(self.reader())
                .await?;
                $crate::row::convert_all(rows)
            }

            async fn accept_offer(
                &self,
                platform: entraide_domain::id::PlatformId,
                request: entraide_domain::id::HelpRequestId,
                offer: entraide_domain::id::OfferId,
                at: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<entraide_domain::help::HelpRequest> {
                let mut tx = self.begin_write().await?;
                let helper: Option<uuid::Uuid> = sqlx::query_scalar(
                    "SELECT helper_id FROM help_offers WHERE platform_id = $1 AND request_id = $2 AND id = $3 AND status = 'open'",
                )
                .bind(platform.0)
                .bind(request.0)
                .bind(offer.0)
                .fetch_optional(&mut *tx)
                .await?;
                let helper = helper.ok_or($crate::StoreError::NotFound("offer"))?;
                // The status test makes two acceptances take turns: the second finds the
                // request no longer open.
                let done = sqlx::query("UPDATE help_requests SET status = 'accepted', helper_id = $1 WHERE platform_id = $2 AND id = $3 AND status = 'open'")
                    .bind(helper)
                    .bind(platform.0)
                    .bind(request.0)
                    .execute(&mut *tx)
                    .await?;
                if done.rows_affected() == 0 {
                    return Err($crate::StoreError::Refused("request-not-open"));
                }
                sqlx::query("UPDATE help_offers SET status = 'accepted' WHERE id = $1").bind(offer.0).execute(&mut *tx).await?;
                Self::decline_open_offers(&mut tx, platform, request, Some(offer), at).await?;
                let event = entraide_domain::notification::HelpEvent::OfferAccepted;
                Self::queue_help_notice(&mut tx, event, entraide_domain::id::AccountId(helper), platform, Some(request), None, at).await?;
                let accepted = Self::request_in(&mut tx, platform, request).await?;
                tx.commit().await?;
                Ok(accepted)
            }

            async fn complete_request(
                &self,
                platform: entraide_domain::id::PlatformId,
                request: entraide_domain::id::HelpRequestId,
                minutes: i64,
                memo: &str,
                at: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<entraide_domain::help::HelpRequest> {
                let mut tx = self.begin_write().await?;
                let done = sqlx::query("UPDATE help_requests SET status = 'completed', minutes = $1 WHERE platform_id = $2 AND id = $3 AND status = 'accepted'")
                    .bind(minutes)
                    .bind(platform.0)
                    .bind(request.0)
                    .execute(&mut *tx)
                    .await?;
                let found = Self::request_in(&mut tx, platform, request).await?;
                if done.rows_affected() == 0 {
                    return Err(if found.status == entraide_domain::help::RequestStatus::Completed {
                        $crate::StoreError::Conflict("completed")
                    } else {
                        $crate::StoreError::Refused("request-not-accepted")
                    });
                }
                let helper = found.helper.ok_or($crate::StoreError::Refused("request-not-accepted"))?;
                // The credit is written in the same transaction: a completion without its
                // credit (or a credit without its completion) can never be stored.
                let from = entraide_domain::ledger::Holder::Person(found.requester);
                let to = entraide_domain::ledger::Holder::Person(helper);
                Self::check_holder(&mut tx, platform, from).await?;
                Self::check_holder(&mut tx, platform, to).await?;
                let entry = $crate::sql::ledger::NewEntry {
                    unit: entraide_domain::ledger::Unit::Time,
                    from,
                    to,
                    amount: minutes,
                    kind: entraide_domain::ledger::TransferKind::Help.into(),
                    memo,
                    reverses: None,
                    recorded_by: None,
                    check_limit: true,
                };
                Self::write_entry(&mut tx, platform, entry, at).await?;
                tx.commit().await?;
                Ok(found)
            }

            async fn add_help_message(
                &self,
                platform: entraide_domain::id::PlatformId,
                request: entraide_domain::id::HelpRequestId,
                author: entraide_domain::id::AccountId,
                text: &str,
                at: entraide_domain::time::Timestamp,
            ) -> $crate::error::Result<entraide_domain::help::HelpMessage> {
                let id = entraide_domain::id::HelpMessageId::new();
                let done = sqlx::query(
                    "INSERT INTO help_messages (id, request_id, platform_id, author_id, body, created_at)
                     SELECT $1, id, platform_id, $2, $3, $4 FROM help_requests WHERE platform_id = $5 AND id = $6",
                )
                .bind(id.0)
                .bind(author.0)
                .bind(text)
                .bind($crate::stamp::Stamp(at))
                .bind(platform.0)
                .bind(request.0)
                .execute(self.writer())
                .await?;
                if done.rows_affected() == 0 {
                    return Err($crate::StoreError::NotFound("request"));
                }
                Ok(entraide_domain::help::HelpMessage { id, request_id: request, author, text: text.to_owned(), hidden: false, created_at: at })
            }

            async fn help_messages(
                &self,
                platform: entraide_domain::id::PlatformId,
                request: entraide_domain::id::HelpRequestId,
            ) -> $crate::error::Result<Vec<entraide_domain::help::HelpMessage>> {
                let rows: Vec<$crate::sql::help::MessageRow> = sqlx::query_as(
                    "SELECT id, request_id, author_id, body, hidden_at, created_at FROM help_messages WHERE platform_id = $1 AND request_id = $2 ORDER BY created_at, id",
                )
                .bind(platform.0)
                .bind(request.0)
                .fetch_all(self.reader())
                .await?;
                Ok(rows.into_iter().map(Into::into).collect())
            }
        }
    };
}
pub(crate) use help_store;

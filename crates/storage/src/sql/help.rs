//! Neighbour help: categories, requests, offers and private threads.

use super::{Db, Store};
use crate::Thanks;
use crate::error::Result;
use crate::row::help::{MessageRow, OfferRow, RequestRow};
use crate::row::ledger::NewEntry;
use crate::row::standing_offer::StandingOfferRow;
use crate::stamp::Stamp;
use crate::{ConversationNews, HelpStore, Job, RequestFilter, StoreError};
use entraide_domain::help::{HelpCategory, HelpMessage, HelpRequest, Offer, OfferStatus, RequestDraft, RequestStatus};
use entraide_domain::id::{AccountId, HelpMessageId, HelpRequestId, OfferId, PlatformId};
use entraide_domain::ledger::{Holder, TransferKind, Unit};
use entraide_domain::notification::HelpEvent;
use entraide_domain::platform::TimeZone;
use entraide_domain::standing_offer::StandingOffer;
use entraide_domain::time::Timestamp;

impl Store {
    pub(super) async fn request_in(
        tx: &mut sqlx::Transaction<'static, Db>,
        platform: PlatformId,
        id: HelpRequestId,
    ) -> Result<HelpRequest> {
        let row: Option<RequestRow> = sqlx::query_as(concat!(
            "SELECT ",
            crate::row::help::request_columns!(),
            " FROM help_requests WHERE platform_id = $1 AND id = $2"
        ))
        .bind(platform.0)
        .bind(id.0)
        .fetch_optional(&mut **tx)
        .await?;
        row.ok_or(StoreError::NotFound("request"))?.try_into()
    }

    /// Queues a notice about neighbour help to one person, in the same
    /// transaction as the change that causes it: the notice is never lost, and
    /// never sent for a change that did not happen.
    pub(crate) async fn queue_help_notice(
        tx: &mut sqlx::Transaction<'static, Db>,
        event: HelpEvent,
        account: AccountId,
        platform: PlatformId,
        request: Option<HelpRequestId>,
        note: Option<&str>,
        at: Timestamp,
    ) -> Result<()> {
        let job = Job::HelpNotify {
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
    pub(super) async fn decline_open_offers(
        tx: &mut sqlx::Transaction<'static, Db>,
        platform: PlatformId,
        request: HelpRequestId,
        except: Option<OfferId>,
        at: Timestamp,
    ) -> Result<()> {
        let except = except.map(|o| o.0).unwrap_or_else(uuid::Uuid::nil);
        let declined: Vec<uuid::Uuid> = sqlx::query_scalar(
            "SELECT helper_id FROM help_offers WHERE request_id = $1 AND status = 'open' AND id <> $2",
        )
        .bind(request.0)
        .bind(except)
        .fetch_all(&mut **tx)
        .await?;
        sqlx::query(
            "UPDATE help_offers SET status = 'declined' WHERE request_id = $1 AND status = 'open' AND id <> $2",
        )
        .bind(request.0)
        .bind(except)
        .execute(&mut **tx)
        .await?;
        for helper in declined {
            let event = HelpEvent::OfferDeclined;
            Self::queue_help_notice(tx, event, AccountId(helper), platform, Some(request), None, at).await?;
        }
        Ok(())
    }

    /// Queues a notice to every helper whose standing offer fits a new request.
    pub(super) async fn notify_standing_offers(
        tx: &mut sqlx::Transaction<'static, Db>,
        request: &HelpRequest,
        at: Timestamp,
    ) -> Result<()> {
        let zone: String = sqlx::query_scalar("SELECT time_zone FROM platforms WHERE id = $1")
            .bind(request.platform_id.0)
            .fetch_one(&mut **tx)
            .await?;
        let zone =
            TimeZone::parse(&zone, "time_zone").map_err(|_| StoreError::Corrupt(format!("time zone `{zone}`")))?;
        // The SQL narrows by category; distance and days are checked here, on the
        // approximate point (see `StandingOffer::fits`).
        let rows: Vec<StandingOfferRow> = sqlx::query_as(
            "SELECT id, platform_id, helper_id, category, weekdays, lat, lon, within_km, note, created_at FROM standing_offers
             WHERE platform_id = $1 AND (category IS NULL OR category = $2)",
        )
        .bind(request.platform_id.0)
        .bind(&request.draft.category)
        .fetch_all(&mut **tx)
        .await?;
        let offers: Vec<StandingOffer> = crate::row::convert_all(rows)?;
        let mut told = std::collections::BTreeSet::new();
        for offer in offers.iter().filter(|o| o.fits(request, zone.tz())) {
            // One notice per helper, however many of their offers fit.
            if told.insert(offer.helper) {
                let event = HelpEvent::RequestNearby;
                Self::queue_help_notice(tx, event, offer.helper, request.platform_id, Some(request.id), None, at)
                    .await?;
            }
        }
        Ok(())
    }
}

#[async_trait::async_trait]
impl HelpStore for Store {
    async fn help_categories(&self, platform: PlatformId) -> Result<Vec<HelpCategory>> {
        let rows: Vec<(String, String, String)> = sqlx::query_as(
            "SELECT code, label, names FROM help_categories WHERE platform_id = $1
                 ORDER BY CASE WHEN code = 'other' THEN 1 ELSE 0 END, label, code",
        )
        .bind(platform.0)
        .fetch_all(self.reader())
        .await?;
        rows.into_iter()
            .map(|(code, label, names)| Ok(HelpCategory { code, label, names: crate::row::names(&names)? }))
            .collect()
    }

    async fn put_help_category(&self, platform: PlatformId, category: &HelpCategory) -> Result<()> {
        sqlx::query(
            "INSERT INTO help_categories (platform_id, code, label, names) VALUES ($1, $2, $3, $4)
             ON CONFLICT (platform_id, code) DO UPDATE SET label = excluded.label, names = excluded.names",
        )
        .bind(platform.0)
        .bind(&category.code)
        .bind(&category.label)
        .bind(crate::row::names_json(&category.names)?)
        .execute(self.writer())
        .await?;
        Ok(())
    }

    async fn remove_help_category(&self, platform: PlatformId, code: &str) -> Result<()> {
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
            return Err(StoreError::Refused("category-in-use"));
        }
        let done = sqlx::query("DELETE FROM help_categories WHERE platform_id = $1 AND code = $2")
            .bind(platform.0)
            .bind(code)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound("category"));
        }
        tx.commit().await?;
        Ok(())
    }

    async fn create_request(
        &self,
        platform: PlatformId,
        requester: AccountId,
        draft: &RequestDraft,
        at: Timestamp,
    ) -> Result<HelpRequest> {
        let id = HelpRequestId::new();
        let cell = entraide_domain::help::cell_of(draft.point);
        let mut tx = self.begin_write().await?;
        let known: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM help_categories WHERE platform_id = $1 AND code = $2")
                .bind(platform.0)
                .bind(&draft.category)
                .fetch_one(&mut *tx)
                .await?;
        if known == 0 {
            return Err(StoreError::NotFound("category"));
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
        .bind(Stamp(draft.needed_from))
        .bind(Stamp(draft.needed_until))
        .bind(behalf.map(|b| b.name.clone()))
        .bind(behalf.map(|b| b.phone.clone()))
        .bind(behalf.map(|b| b.consent_given_by.clone()))
        .bind(behalf.map(|b| Stamp(b.consent_given_at)))
        .bind(behalf.map(|b| b.consent_how.clone()))
        .bind(Stamp(at))
        .execute(&mut *tx)
        .await?;
        let request = HelpRequest {
            id,
            platform_id: platform,
            requester,
            draft: draft.clone(),
            cell,
            status: RequestStatus::Open,
            helper: None,
            minutes: None,
            hidden: false,
            created_at: at,
        };
        Self::notify_standing_offers(&mut tx, &request, at).await?;
        tx.commit().await?;
        Ok(request)
    }

    async fn request_platform(&self, id: HelpRequestId) -> Result<Option<PlatformId>> {
        self.platform_of("SELECT platform_id FROM help_requests WHERE id = $1", id.0).await
    }

    async fn request(&self, platform: PlatformId, id: HelpRequestId) -> Result<Option<HelpRequest>> {
        let row: Option<RequestRow> = sqlx::query_as(concat!(
            "SELECT ",
            crate::row::help::request_columns!(),
            " FROM help_requests WHERE platform_id = $1 AND id = $2"
        ))
        .bind(platform.0)
        .bind(id.0)
        .fetch_optional(self.reader())
        .await?;
        row.map(TryInto::try_into).transpose()
    }

    async fn list_requests(&self, platform: PlatformId, filter: &RequestFilter) -> Result<Vec<HelpRequest>> {
        if filter.cells.as_ref().is_some_and(Vec::is_empty) {
            return Ok(Vec::new());
        }
        let mut query = sqlx::QueryBuilder::<Db>::new(concat!(
            "SELECT ",
            crate::row::help::request_columns!(),
            " FROM help_requests WHERE status = 'open' AND hidden_at IS NULL AND platform_id = "
        ));
        query.push_bind(platform.0);
        if let Some(category) = &filter.category {
            query.push(" AND category = ").push_bind(category.clone());
        }
        if let Some(at) = filter.open_at {
            query.push(" AND needed_until > ").push_bind(Stamp(at));
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
                .push_bind(Stamp(created))
                .push(" OR (created_at = ")
                .push_bind(Stamp(created))
                .push(" AND id > ")
                .push_bind(id.0)
                .push("))");
        }
        query.push(" ORDER BY created_at, id LIMIT ").push_bind(filter.limit);
        let rows: Vec<RequestRow> = query.build_query_as().fetch_all(self.reader()).await?;
        crate::row::convert_all(rows)
    }

    async fn account_requests(&self, account: AccountId) -> Result<Vec<HelpRequest>> {
        let rows: Vec<RequestRow> = sqlx::query_as(concat!(
            "SELECT ",
            crate::row::help::request_columns!(),
            " FROM help_requests WHERE requester_id = $1 ORDER BY created_at, id"
        ))
        .bind(account.0)
        .fetch_all(self.reader())
        .await?;
        crate::row::convert_all(rows)
    }

    async fn account_offers(&self, account: AccountId) -> Result<Vec<Offer>> {
        let rows: Vec<OfferRow> = sqlx::query_as(
            "SELECT id, request_id, helper_id, message, status, hidden_at, created_at FROM help_offers WHERE helper_id = $1 ORDER BY created_at DESC, id DESC",
        )
        .bind(account.0)
        .fetch_all(self.reader())
        .await?;
        crate::row::convert_all(rows)
    }

    async fn cancel_request(&self, platform: PlatformId, id: HelpRequestId, at: Timestamp) -> Result<HelpRequest> {
        let mut tx = self.begin_write().await?;
        let done = sqlx::query("UPDATE help_requests SET status = 'cancelled' WHERE platform_id = $1 AND id = $2 AND status IN ('open', 'accepted')")
            .bind(platform.0)
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        let request = Self::request_in(&mut tx, platform, id).await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::Refused("request-closed"));
        }
        Self::decline_open_offers(&mut tx, platform, id, None, at).await?;
        tx.commit().await?;
        Ok(request)
    }

    async fn create_offer(
        &self,
        platform: PlatformId,
        request: HelpRequestId,
        helper: AccountId,
        message: &str,
        at: Timestamp,
    ) -> Result<Offer> {
        let mut tx = self.begin_write().await?;
        let found = Self::request_in(&mut tx, platform, request).await?;
        if found.status != RequestStatus::Open {
            return Err(StoreError::Refused("request-not-open"));
        }
        let id = OfferId::new();
        sqlx::query("INSERT INTO help_offers (id, request_id, platform_id, helper_id, message, status, created_at) VALUES ($1, $2, $3, $4, $5, 'open', $6)")
            .bind(id.0)
            .bind(request.0)
            .bind(platform.0)
            .bind(helper.0)
            .bind(message)
            .bind(Stamp(at))
            .execute(&mut *tx)
            .await
            .map_err(StoreError::conflict_on("offer"))?;
        let event = HelpEvent::OfferReceived;
        Self::queue_help_notice(&mut tx, event, found.requester, platform, Some(request), None, at).await?;
        tx.commit().await?;
        Ok(Offer {
            id,
            request_id: request,
            helper,
            message: message.to_owned(),
            status: OfferStatus::Open,
            hidden: false,
            created_at: at,
        })
    }

    async fn offers(&self, platform: PlatformId, request: HelpRequestId) -> Result<Vec<Offer>> {
        let rows: Vec<OfferRow> = sqlx::query_as(
            "SELECT id, request_id, helper_id, message, status, hidden_at, created_at FROM help_offers
             WHERE platform_id = $1 AND request_id = $2 ORDER BY created_at, id",
        )
        .bind(platform.0)
        .bind(request.0)
        .fetch_all(self.reader())
        .await?;
        crate::row::convert_all(rows)
    }

    async fn accept_offer(
        &self,
        platform: PlatformId,
        request: HelpRequestId,
        offer: OfferId,
        at: Timestamp,
    ) -> Result<HelpRequest> {
        let mut tx = self.begin_write().await?;
        let helper: Option<uuid::Uuid> = sqlx::query_scalar(
            "SELECT helper_id FROM help_offers WHERE platform_id = $1 AND request_id = $2 AND id = $3 AND status = 'open'",
        )
        .bind(platform.0)
        .bind(request.0)
        .bind(offer.0)
        .fetch_optional(&mut *tx)
        .await?;
        let helper = helper.ok_or(StoreError::NotFound("offer"))?;
        // The status test makes two acceptances take turns: the second finds the
        // request no longer open.
        let done = sqlx::query("UPDATE help_requests SET status = 'accepted', helper_id = $1 WHERE platform_id = $2 AND id = $3 AND status = 'open'")
            .bind(helper)
            .bind(platform.0)
            .bind(request.0)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::Refused("request-not-open"));
        }
        sqlx::query("UPDATE help_offers SET status = 'accepted' WHERE id = $1").bind(offer.0).execute(&mut *tx).await?;
        Self::decline_open_offers(&mut tx, platform, request, Some(offer), at).await?;
        let event = HelpEvent::OfferAccepted;
        Self::queue_help_notice(&mut tx, event, AccountId(helper), platform, Some(request), None, at).await?;
        let accepted = Self::request_in(&mut tx, platform, request).await?;
        tx.commit().await?;
        Ok(accepted)
    }

    async fn complete_request(
        &self,
        platform: PlatformId,
        request: HelpRequestId,
        minutes: i64,
        memo: &str,
        at: Timestamp,
    ) -> Result<HelpRequest> {
        let mut tx = self.begin_write().await?;
        let done = sqlx::query("UPDATE help_requests SET status = 'completed', minutes = $1 WHERE platform_id = $2 AND id = $3 AND status = 'accepted'")
            .bind(minutes)
            .bind(platform.0)
            .bind(request.0)
            .execute(&mut *tx)
            .await?;
        let found = Self::request_in(&mut tx, platform, request).await?;
        if done.rows_affected() == 0 {
            return Err(if found.status == RequestStatus::Completed {
                StoreError::Conflict("completed")
            } else {
                StoreError::Refused("request-not-accepted")
            });
        }
        let helper = found.helper.ok_or(StoreError::Refused("request-not-accepted"))?;
        // The credit is written in the same transaction: a completion without its
        // credit (or a credit without its completion) can never be stored.
        let from = Holder::Person(found.requester);
        let to = Holder::Person(helper);
        Self::check_holder(&mut tx, platform, from).await?;
        Self::check_holder(&mut tx, platform, to).await?;
        let entry = NewEntry {
            unit: Unit::Time,
            from,
            to,
            amount: minutes,
            kind: TransferKind::Help.into(),
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
        platform: PlatformId,
        request: HelpRequestId,
        author: AccountId,
        recipient: Option<AccountId>,
        text: &str,
        at: Timestamp,
    ) -> Result<HelpMessage> {
        let id = HelpMessageId::new();
        let mut tx = self.begin_write().await?;
        let done = sqlx::query(
            "INSERT INTO help_messages (id, request_id, platform_id, author_id, body, created_at)
             SELECT $1, id, platform_id, $2, $3, $4 FROM help_requests WHERE platform_id = $5 AND id = $6",
        )
        .bind(id.0)
        .bind(author.0)
        .bind(text)
        .bind(Stamp(at))
        .bind(platform.0)
        .bind(request.0)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound("request"));
        }
        // Writing is reading what came before.
        upsert_read(&mut tx, request, author, at).await?;
        if let Some(recipient) = recipient {
            let event = HelpEvent::MessageReceived;
            Self::queue_help_notice(&mut tx, event, recipient, platform, Some(request), None, at).await?;
        }
        tx.commit().await?;
        Ok(HelpMessage { id, request_id: request, author, text: text.to_owned(), hidden: false, created_at: at })
    }

    async fn mark_conversation_read(&self, request: HelpRequestId, account: AccountId, at: Timestamp) -> Result<()> {
        let mut tx = self.begin_write().await?;
        upsert_read(&mut tx, request, account, at).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn conversation_news(&self, request: HelpRequestId, account: AccountId) -> Result<ConversationNews> {
        let (untold, newest): (i64, Option<Stamp>) = sqlx::query_as(
            "SELECT COUNT(*), MAX(m.created_at) FROM help_messages m
             LEFT JOIN help_conversation_reads r ON r.request_id = m.request_id AND r.account_id = $2
             WHERE m.request_id = $1 AND m.author_id <> $2 AND m.hidden_at IS NULL
               AND (r.read_at IS NULL OR m.created_at > r.read_at)
               AND (r.mailed_upto IS NULL OR m.created_at > r.mailed_upto)",
        )
        .bind(request.0)
        .bind(account.0)
        .fetch_one(self.reader())
        .await?;
        let mailed_at: Option<Option<Stamp>> = sqlx::query_scalar(
            "SELECT mailed_at FROM help_conversation_reads WHERE request_id = $1 AND account_id = $2",
        )
        .bind(request.0)
        .bind(account.0)
        .fetch_optional(self.reader())
        .await?;
        Ok(ConversationNews { untold, newest: newest.map(|s| s.0), mailed_at: mailed_at.flatten().map(|s| s.0) })
    }

    async fn record_conversation_mail(
        &self,
        request: HelpRequestId,
        account: AccountId,
        at: Timestamp,
        upto: Timestamp,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO help_conversation_reads (request_id, account_id, mailed_at, mailed_upto) VALUES ($1, $2, $3, $4)
             ON CONFLICT (request_id, account_id) DO UPDATE SET mailed_at = excluded.mailed_at, mailed_upto = excluded.mailed_upto",
        )
        .bind(request.0)
        .bind(account.0)
        .bind(Stamp(at))
        .bind(Stamp(upto))
        .execute(self.writer())
        .await?;
        Ok(())
    }

    async fn help_messages(&self, platform: PlatformId, request: HelpRequestId) -> Result<Vec<HelpMessage>> {
        let rows: Vec<MessageRow> = sqlx::query_as(
            "SELECT id, request_id, author_id, body, hidden_at, created_at FROM help_messages WHERE platform_id = $1 AND request_id = $2 ORDER BY created_at, id",
        )
        .bind(platform.0)
        .bind(request.0)
        .fetch_all(self.reader())
        .await?;
        Ok(rows.into_iter().map(Into::into).collect())
    }

    async fn add_thanks(
        &self,
        platform: PlatformId,
        request: HelpRequestId,
        author: AccountId,
        recipient: AccountId,
        text: &str,
        at: Timestamp,
    ) -> Result<Thanks> {
        let mut tx = self.begin_write().await?;
        sqlx::query("INSERT INTO help_thanks (request_id, author_id, body, created_at) VALUES ($1, $2, $3, $4)")
            .bind(request.0)
            .bind(author.0)
            .bind(text)
            .bind(Stamp(at))
            .execute(&mut *tx)
            .await
            .map_err(StoreError::conflict_on("thanks"))?;
        let event = HelpEvent::HelpThanked;
        Self::queue_help_notice(&mut tx, event, recipient, platform, Some(request), None, at).await?;
        tx.commit().await?;
        Ok(Thanks { request_id: request, author, text: text.to_owned(), created_at: at })
    }

    async fn thanks(&self, platform: PlatformId, request: HelpRequestId) -> Result<Vec<Thanks>> {
        let rows: Vec<(uuid::Uuid, String, Stamp)> = sqlx::query_as(
            "SELECT t.author_id, t.body, t.created_at FROM help_thanks t JOIN help_requests r ON r.id = t.request_id
             WHERE r.platform_id = $1 AND t.request_id = $2 ORDER BY t.created_at, t.author_id",
        )
        .bind(platform.0)
        .bind(request.0)
        .fetch_all(self.reader())
        .await?;
        Ok(rows
            .into_iter()
            .map(|(author, text, at)| Thanks { request_id: request, author: AccountId(author), text, created_at: at.0 })
            .collect())
    }
}

/// Records that `account` read the conversation of `request` up to `at`.
async fn upsert_read(
    tx: &mut sqlx::Transaction<'static, Db>,
    request: HelpRequestId,
    account: AccountId,
    at: Timestamp,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO help_conversation_reads (request_id, account_id, read_at) VALUES ($1, $2, $3)
         ON CONFLICT (request_id, account_id) DO UPDATE SET read_at = excluded.read_at",
    )
    .bind(request.0)
    .bind(account.0)
    .bind(Stamp(at))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

//! Neighbour help: asking, offering, accepting, talking and completing; and who may see
//! the exact place of a request.

use crate::error::{AppError, Result};
use crate::{Actor, App};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use entraide_domain::geo::Coordinates;
use entraide_domain::help::{
    DEFAULT_HELP_CATEGORIES, HelpCategory, HelpMessage, HelpRequest, MAX_WITHIN_KM, Offer, RequestInput, cells_within,
};
use entraide_domain::id::{HelpRequestId, OfferId};
use entraide_domain::platform::Platform;
use entraide_domain::taxonomy::parse_code;
use entraide_domain::text::{Presence, paragraph};
use entraide_domain::time::Timestamp;
use entraide_domain::{FieldError, Invalid};
use entraide_storage::{RequestFilter, StoreError};

mod page;
mod thanks;

pub use page::{HelpThread, MyHelp, RequestDetails};

/// A request as one person may see it.
#[derive(Debug, Clone)]
pub struct RequestView {
    /// The request, exact place included: the web layer shows it only when `exact`.
    pub request: HelpRequest,
    /// The viewer is the requester, the accepted helper or a platform admin: they see
    /// the exact point, the address and the person helped.
    pub exact: bool,
    /// The viewer asked for this help.
    pub is_requester: bool,
    /// The offers, for the requester and platform admins (empty for anyone else).
    pub offers: Vec<Offer>,
}

/// Filters of the list of requests, as typed.
#[derive(Debug, Clone, Default)]
pub struct RequestQuery {
    /// `LAT,LON`.
    pub near: Option<String>,
    /// Radius around `near`, in km.
    pub within_km: Option<f64>,
    /// A category code.
    pub category: Option<String>,
    /// Where the page starts.
    pub cursor: Option<String>,
    /// Page size.
    pub limit: Option<i64>,
}

/// A page of requests.
#[derive(Debug, Clone)]
pub struct RequestPage {
    /// The requests (their places shown approximately).
    pub items: Vec<HelpRequest>,
    /// Where the next page starts.
    pub next_cursor: Option<String>,
}

fn blank(text: &Option<String>) -> Option<&str> {
    text.as_deref().map(str::trim).filter(|t| !t.is_empty())
}

fn decode_cursor(text: &str) -> std::result::Result<(Timestamp, HelpRequestId), FieldError> {
    let invalid = || FieldError::new("cursor", "cursor-invalid");
    let bytes = URL_SAFE_NO_PAD.decode(text).map_err(|_| invalid())?;
    let text = String::from_utf8(bytes).map_err(|_| invalid())?;
    let (at, id) = text.split_once('|').ok_or_else(invalid)?;
    let at = chrono::DateTime::parse_from_rfc3339(at).map_err(|_| invalid())?.with_timezone(&chrono::Utc);
    Ok((at, id.parse().map_err(|_| invalid())?))
}

fn encode_cursor(request: &HelpRequest) -> String {
    URL_SAFE_NO_PAD.encode(format!(
        "{}|{}",
        request.created_at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
        request.id
    ))
}

impl App {
    /// Gives a new platform the default help categories.
    pub(crate) async fn seed_help_categories(&self, platform: &Platform) -> Result<()> {
        for (code, label) in DEFAULT_HELP_CATEGORIES {
            let category = HelpCategory { code: code.to_owned(), label: label.to_owned(), names: Default::default() };
            self.store.put_help_category(platform.id, &category).await?;
        }
        Ok(())
    }

    /// A platform's help categories.
    pub async fn help_categories(&self, platform: &Platform) -> Result<Vec<HelpCategory>> {
        Ok(self.store.help_categories(platform.id).await?)
    }

    /// Adds or renames a help category (platform admins): its English name `label`, and
    /// its names in other languages by language code (`None` keeps those it has).
    pub async fn put_help_category(
        &self,
        actor: &Actor,
        slug: &str,
        code: &str,
        label: &str,
        names: Option<&[(String, String)]>,
    ) -> Result<HelpCategory> {
        let platform = self.platform(slug).await?;
        if !self.is_platform_admin(actor, platform.id).await? {
            return Err(AppError::Forbidden);
        }
        let mut invalid = Invalid::default();
        let code = invalid.check(entraide_domain::taxonomy::parse_code(code, "code"));
        let label = invalid.check(entraide_domain::platform::parse_name(label, "label"));
        let names = crate::volunteering::checked_names(&mut invalid, names);
        let (Some(code), Some(label)) = (code, label) else {
            return Err(invalid.into());
        };
        invalid.into_result()?;
        let names = match names {
            Some(names) => names,
            None => self
                .store
                .help_categories(platform.id)
                .await?
                .into_iter()
                .find(|c| c.code == code)
                .map(|c| c.names)
                .unwrap_or_default(),
        };
        let category = HelpCategory { code, label, names };
        self.store.put_help_category(platform.id, &category).await?;
        Ok(category)
    }

    /// Removes a help category that no request or standing offer uses (platform admins).
    pub async fn remove_help_category(&self, actor: &Actor, slug: &str, code: &str) -> Result<()> {
        let platform = self.platform(slug).await?;
        if !self.is_platform_admin(actor, platform.id).await? {
            return Err(AppError::Forbidden);
        }
        Ok(self.store.remove_help_category(platform.id, code.trim()).await?)
    }

    /// Asks for help on a platform (its members).
    pub async fn create_request(&self, actor: &Actor, slug: &str, input: &RequestInput) -> Result<HelpRequest> {
        let platform = self.platform(slug).await?;
        self.require_member(actor, platform.id).await?;
        let known = self.store.help_categories(platform.id).await?;
        let category_known = known.iter().any(|c| c.code == input.category.trim());
        // Every problem at once: an unknown category beside the other fields' problems.
        let draft = match input.validate() {
            Ok(draft) if category_known => draft,
            Ok(_) => return Err(Invalid::one("category", "category-unknown").into()),
            Err(mut invalid) => {
                if !category_known && !invalid.0.iter().any(|e| e.field == "category") {
                    invalid.0.insert(0, FieldError::new("category", "category-unknown"));
                }
                return Err(invalid.into());
            }
        };
        let at = self.now();
        draft.check_window(at)?;
        match self.store.create_request(platform.id, actor.account.id, &draft, at).await {
            Err(StoreError::NotFound("category")) => Err(Invalid::one("category", "category-unknown").into()),
            other => Ok(other?),
        }
    }

    /// Open requests whose window has not ended, oldest first.
    pub async fn list_requests(&self, slug: &str, query: &RequestQuery) -> Result<RequestPage> {
        let platform = self.platform(slug).await?;
        let mut invalid = Invalid::default();
        let near = blank(&query.near).and_then(|n| invalid.check(Coordinates::parse_pair(n, "near")));
        let km = query.within_km.unwrap_or(5.0);
        if !km.is_finite() || km <= 0.0 || km > MAX_WITHIN_KM {
            invalid.0.push(FieldError::new("within_km", "within-km-out-of-range"));
        }
        let after = blank(&query.cursor).and_then(|c| invalid.check(decode_cursor(c)));
        let limit = query.limit.unwrap_or(20);
        if !(1..=100).contains(&limit) {
            invalid.0.push(FieldError::new("limit", "limit-out-of-range"));
        }
        let category = blank(&query.category).and_then(|c| invalid.check(parse_code(c, "category")));
        invalid.into_result()?;
        let filter = RequestFilter {
            category,
            cells: near.map(|point| cells_within(point, km)),
            open_at: Some(self.now()),
            after,
            limit: limit + 1,
        };
        let mut items = self.store.list_requests(platform.id, &filter).await?;
        let next_cursor = if items.len() > usize::try_from(limit).unwrap_or(usize::MAX) {
            items.truncate(usize::try_from(limit).unwrap_or(0));
            items.last().map(encode_cursor)
        } else {
            None
        };
        Ok(RequestPage { items, next_cursor })
    }

    /// Finds a request by id alone, with its platform, if the viewer may know it exists:
    /// one that moderators hid is gone for everyone but its requester and platform
    /// admins, whatever is asked of it.
    pub(crate) async fn locate_request(&self, viewer: Option<&Actor>, id: &str) -> Result<(Platform, HelpRequest)> {
        let id: HelpRequestId = id.parse().map_err(|_| AppError::NotFound("request"))?;
        let platform = self.store.request_platform(id).await?.ok_or(AppError::NotFound("request"))?;
        let platform = self.platform_by_id(platform).await?;
        let request = self.store.request(platform.id, id).await?.ok_or(AppError::NotFound("request"))?;
        if request.hidden {
            let sees = match viewer {
                Some(actor) => {
                    request.requester == actor.account.id || self.is_platform_admin(actor, platform.id).await?
                }
                None => false,
            };
            if !sees {
                return Err(AppError::NotFound("request"));
            }
        }
        Ok((platform, request))
    }

    /// A request as the viewer may see it: the exact place only for the requester, the
    /// accepted helper and platform admins.
    pub async fn request_view(&self, viewer: Option<&Actor>, id: &str) -> Result<RequestView> {
        let (platform, request) = self.locate_request(viewer, id).await?;
        let (is_requester, is_helper, is_admin) = match viewer {
            None => (false, false, false),
            Some(actor) => (
                request.requester == actor.account.id,
                request.helper == Some(actor.account.id),
                self.is_platform_admin(actor, platform.id).await?,
            ),
        };
        let mut offers =
            if is_requester || is_admin { self.store.offers(platform.id, request.id).await? } else { Vec::new() };
        offers.retain(|offer| is_admin || !offer.hidden);
        Ok(RequestView { request, exact: is_requester || is_helper || is_admin, is_requester, offers })
    }

    /// Cancels a request (its requester).
    pub async fn cancel_request(&self, actor: &Actor, id: &str) -> Result<HelpRequest> {
        let (platform, request) = self.locate_request(Some(actor), id).await?;
        if request.requester != actor.account.id {
            return Err(AppError::Forbidden);
        }
        Ok(self.store.cancel_request(platform.id, request.id, self.now()).await?)
    }

    /// Offers to help (members of the platform, not on their own request).
    pub async fn create_offer(&self, actor: &Actor, id: &str, message: &str) -> Result<Offer> {
        let (platform, request) = self.locate_request(Some(actor), id).await?;
        self.require_member(actor, platform.id).await?;
        if request.requester == actor.account.id {
            return Err(AppError::Forbidden);
        }
        let message = paragraph(message, "message", 1000, Presence::Optional)?;
        self.refuse_if_blocked(actor.account.id, request.requester).await?;
        Ok(self.store.create_offer(platform.id, request.id, actor.account.id, &message, self.now()).await?)
    }

    /// Accepts an offer (the requester); the other offers are declined.
    pub async fn accept_offer(&self, actor: &Actor, id: &str, offer: &str) -> Result<HelpRequest> {
        let (platform, request) = self.locate_request(Some(actor), id).await?;
        if request.requester != actor.account.id {
            return Err(AppError::Forbidden);
        }
        let offer: OfferId = offer.parse().map_err(|_| AppError::NotFound("offer"))?;
        Ok(self.store.accept_offer(platform.id, request.id, offer, self.now()).await?)
    }

    /// The thread's request, if the person is one of its two ends.
    async fn thread(&self, actor: &Actor, id: &str) -> Result<(Platform, HelpRequest)> {
        let (platform, request) = self.locate_request(Some(actor), id).await?;
        let me = actor.account.id;
        let helper = request.helper.ok_or(AppError::Forbidden)?;
        if me != request.requester && me != helper {
            return Err(AppError::Forbidden);
        }
        self.refuse_if_suspended_on(platform.id, me).await?;
        Ok((platform, request))
    }

    /// Writes in the private thread (the requester and the accepted helper).
    pub async fn post_help_message(&self, actor: &Actor, id: &str, text: &str) -> Result<HelpMessage> {
        let (platform, request) = self.thread(actor, id).await?;
        let text = paragraph(text, "text", 4000, Presence::Required)?;
        let other = if actor.account.id == request.requester { request.helper } else { Some(request.requester) };
        if let Some(other) = other {
            self.refuse_if_blocked(actor.account.id, other).await?;
        }
        let me = actor.account.id;
        Ok(self.store.add_help_message(platform.id, request.id, me, other, &text, self.now()).await?)
    }

    /// Reads the private thread (the requester and the accepted helper); what the reader
    /// sees counts as read, so no mail tells them about it afterwards.
    pub async fn help_messages(&self, actor: &Actor, id: &str) -> Result<Vec<HelpMessage>> {
        let (platform, request) = self.thread(actor, id).await?;
        let mut messages = self.store.help_messages(platform.id, request.id).await?;
        self.store.mark_conversation_read(request.id, actor.account.id, self.now()).await?;
        // A message moderators hid keeps its place in the thread, without its words.
        for message in messages.iter_mut().filter(|m| m.hidden) {
            message.text.clear();
        }
        Ok(messages)
    }

    /// Marks the request done (the requester): the helper is credited `minutes` in time
    /// credits and the requester debited. Completing twice credits nothing more.
    pub async fn complete_request(&self, actor: &Actor, id: &str, minutes: i64) -> Result<HelpRequest> {
        let (platform, request) = self.locate_request(Some(actor), id).await?;
        if request.requester != actor.account.id {
            return Err(AppError::Forbidden);
        }
        let window = (request.draft.needed_until - request.draft.needed_from).num_minutes();
        if minutes <= 0 || minutes > window {
            return Err(Invalid::one("minutes", "help-minutes-out-of-range").into());
        }
        if request.helper.is_none() {
            return Err(AppError::Refused("request-not-accepted"));
        }
        let memo: String = request.draft.title.chars().take(100).collect();
        // One transaction marks it done and credits the helper: a second completion, even
        // a concurrent one, finds it done and credits nothing.
        match self.store.complete_request(platform.id, request.id, minutes, &memo, self.now()).await {
            Err(entraide_storage::StoreError::Refused("credit-limit")) => {
                Err(Invalid::one("minutes", "credit-limit").into())
            }
            other => Ok(other?),
        }
    }
}

//! Neighbour help as the pages show it: a request with the people around it named, a
//! person's own requests and offers, and a private thread with its authors named.

use super::RequestView;
use crate::error::{AppError, Result};
use crate::{Actor, App};
use entraide_domain::help::HelpCategory;
use entraide_domain::help::{HelpMessage, HelpRequest, Offer, OfferStatus, RequestStatus};
use entraide_domain::id::{AccountId, PlatformId};
use entraide_domain::platform::Platform;
use std::collections::HashMap;

/// A request as its page shows it to one viewer.
#[derive(Debug, Clone)]
pub struct RequestDetails {
    /// The request's platform.
    pub platform: Platform,
    /// What the viewer may see of the request (the exact place only when `view.exact`).
    pub view: RequestView,
    /// Its category (named by its code alone, should the platform have dropped it).
    pub category: HelpCategory,
    /// The viewer belongs to the platform, and so may offer help.
    pub member: bool,
    /// The viewer's own latest offer on it, if they made one.
    pub my_offer: Option<Offer>,
    /// The viewer is the accepted helper.
    pub is_helper: bool,
    /// The requester's name, for those who see the exact place.
    pub requester_name: Option<String>,
    /// The accepted helper's name, for those who see the exact place.
    pub helper_name: Option<String>,
    /// The offers with their helpers' names (the requester and platform admins only).
    pub offers: Vec<(Offer, String)>,
    /// The thanks left on it (its two parties and platform admins, once it is done).
    pub thanks: Vec<crate::Thanks>,
    /// What the viewer may do on it.
    pub actions: RequestActions,
}

/// What one viewer may do on a request: the page offers exactly these.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RequestActions {
    /// Join the platform first (signed in, not a member, not the requester).
    pub join: bool,
    /// Offer help (a member, not the requester, while it is open and no offer of theirs
    /// waits).
    pub offer: bool,
    /// Withdraw it (the requester, while it is open or agreed).
    pub cancel: bool,
    /// Mark it done (the requester, once agreed).
    pub complete: bool,
    /// Write in the private thread (the requester and the accepted helper).
    pub talk: bool,
    /// Say thank you (either party, once done, once each).
    pub thank: bool,
    /// Report it (anyone signed in but the requester).
    pub report: bool,
}

/// What a person asked for and offered.
#[derive(Debug, Clone, Default)]
pub struct MyHelp {
    /// Their requests, newest first, with the platform.
    pub requests: Vec<(Platform, HelpRequest)>,
    /// The offers they made, newest first, with the platform and the request (whose
    /// exact place the page shows only once the offer is accepted).
    pub offers: Vec<(Platform, HelpRequest, Offer)>,
}

/// The private thread of a request, with its authors' names.
#[derive(Debug, Clone)]
pub struct HelpThread {
    /// The platform.
    pub platform: Platform,
    /// The request (the reader is its requester or accepted helper).
    pub request: HelpRequest,
    /// The other person's name.
    pub other_name: String,
    /// The messages, oldest first, each with its author's name.
    pub messages: Vec<(HelpMessage, String)>,
}

impl App {
    /// A person's display name (empty once they erased their data).
    pub(crate) async fn name_of(&self, id: AccountId) -> Result<String> {
        Ok(self.store.account(id).await?.map(|a| a.display_name).unwrap_or_default())
    }

    /// A request with what its page needs, as `viewer` may see it.
    pub async fn request_details(&self, viewer: Option<&Actor>, id: &str) -> Result<RequestDetails> {
        let view = self.request_view(viewer, id).await?;
        let platform = self.platform_by_id(view.request.platform_id).await?;
        let category = self
            .store
            .help_categories(platform.id)
            .await?
            .into_iter()
            .find(|c| c.code == view.request.draft.category)
            .unwrap_or_else(|| {
                let code = view.request.draft.category.clone();
                HelpCategory { label: code.clone(), code, names: Default::default() }
            });
        let (member, my_offer) = match viewer {
            Some(actor) => {
                let member = self.platform_role(actor, platform.id).await?.is_some();
                let offers = self.store.offers(platform.id, view.request.id).await?;
                (member, offers.into_iter().rev().find(|o| o.helper == actor.account.id))
            }
            None => (false, None),
        };
        let is_helper = viewer.is_some_and(|a| view.request.helper == Some(a.account.id));
        let (requester_name, helper_name) = if view.exact {
            let helper = match view.request.helper {
                Some(helper) => Some(self.name_of(helper).await?),
                None => None,
            };
            (Some(self.name_of(view.request.requester).await?), helper)
        } else {
            (None, None)
        };
        let mut offers = Vec::with_capacity(view.offers.len());
        for offer in &view.offers {
            offers.push((offer.clone(), self.name_of(offer.helper).await?));
        }
        let request = &view.request;
        let party = view.is_requester || is_helper;
        // Thanks are private to those who see the exact place: the two parties and
        // platform admins.
        let thanks = if view.exact && request.status == RequestStatus::Completed {
            self.store.thanks(platform.id, request.id).await?
        } else {
            Vec::new()
        };
        let me = viewer.map(|a| a.account.id);
        let waiting_offer = my_offer.as_ref().is_some_and(|o| o.status == OfferStatus::Open);
        let signed_in = viewer.is_some();
        let actions = RequestActions {
            join: signed_in && !member && !view.is_requester,
            offer: request.status == RequestStatus::Open && member && !view.is_requester && !waiting_offer,
            cancel: view.is_requester && matches!(request.status, RequestStatus::Open | RequestStatus::Accepted),
            complete: view.is_requester && request.status == RequestStatus::Accepted,
            talk: request.helper.is_some() && party,
            thank: party && request.status == RequestStatus::Completed && !thanks.iter().any(|t| Some(t.author) == me),
            report: signed_in && !view.is_requester,
        };
        Ok(RequestDetails {
            platform,
            view,
            category,
            member,
            my_offer,
            is_helper,
            requester_name,
            helper_name,
            offers,
            thanks,
            actions,
        })
    }

    /// The person's requests and offers on every platform.
    pub async fn my_help(&self, actor: &Actor) -> Result<MyHelp> {
        let mut platforms: HashMap<PlatformId, Platform> = HashMap::new();
        let mut mine = MyHelp::default();
        for request in self.store.account_requests(actor.account.id).await?.into_iter().rev() {
            let platform = self.cached_platform(&mut platforms, request.platform_id).await?;
            mine.requests.push((platform, request));
        }
        for offer in self.store.account_offers(actor.account.id).await? {
            let Some(platform_id) = self.store.request_platform(offer.request_id).await? else {
                continue;
            };
            let platform = self.cached_platform(&mut platforms, platform_id).await?;
            let Some(request) = self.store.request(platform.id, offer.request_id).await? else {
                continue;
            };
            mine.offers.push((platform, request, offer));
        }
        Ok(mine)
    }

    async fn cached_platform(&self, platforms: &mut HashMap<PlatformId, Platform>, id: PlatformId) -> Result<Platform> {
        if let Some(platform) = platforms.get(&id) {
            return Ok(platform.clone());
        }
        let platform = self.platform_by_id(id).await?;
        platforms.insert(id, platform.clone());
        Ok(platform)
    }

    /// The private thread of a request, for its requester and accepted helper.
    pub async fn help_thread(&self, actor: &Actor, id: &str) -> Result<HelpThread> {
        let (platform, request) = self.thread(actor, id).await?;
        let helper = request.helper.ok_or(AppError::Forbidden)?;
        let requester_name = self.name_of(request.requester).await?;
        let helper_name = self.name_of(helper).await?;
        let other_name = if actor.account.id == helper { requester_name.clone() } else { helper_name.clone() };
        let messages = self
            .store
            .help_messages(platform.id, request.id)
            .await?
            .into_iter()
            .map(|m| {
                let name = if m.author == helper { helper_name.clone() } else { requester_name.clone() };
                (m, name)
            })
            .collect();
        Ok(HelpThread { platform, request, other_name, messages })
    }
}

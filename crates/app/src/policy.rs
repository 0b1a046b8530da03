//! A platform's privacy notice and terms: written by its admins in the languages they
//! choose (a standard text until they do), read in the reader's language, else the
//! platform's, else English; and accepted, version by version, by the people who join.

use crate::error::{AppError, Result};
use crate::{Actor, App};
use entraide_domain::Invalid;
use entraide_domain::locale::Locale;
use entraide_domain::platform::Platform;
use entraide_domain::text::{Presence, paragraph};
use entraide_domain::time::Timestamp;
use entraide_i18n::Tr;
use entraide_storage::PolicyVersion;

/// The longest text of a privacy notice and terms, in characters.
pub const MAX_POLICY_CHARS: usize = 20_000;

/// The paragraphs of the standard text, by message id, in the order they are read.
const STANDARD: [&str; 7] = [
    "policy-standard-who",
    "policy-standard-kept",
    "policy-standard-seen",
    "policy-standard-never",
    "policy-standard-rights",
    "policy-standard-rules",
    "policy-standard-questions",
];

/// A platform's privacy notice and terms, as one reader reads them.
#[derive(Debug, Clone, PartialEq)]
pub struct PlatformPolicy {
    /// The version: 0 for the standard text, before the platform wrote its own.
    pub version: i64,
    /// The language of the text.
    pub locale: Locale,
    /// Its paragraphs.
    pub paragraphs: Vec<String>,
    /// When this version was published (none for the standard text).
    pub published_at: Option<Timestamp>,
}

/// The standard text, for platforms whose admins have written none, in `locale`.
fn standard(platform: &Platform, locale: Locale) -> PlatformPolicy {
    let tr = Tr::new(locale);
    let paragraphs = STANDARD.iter().map(|id| tr.t1(id, "platform", platform.name.clone())).collect();
    PlatformPolicy { version: 0, locale, paragraphs, published_at: None }
}

/// The standard text as one text to edit: its paragraphs separated by empty lines,
/// without the marks that keep names apart from the sentence around them.
pub fn standard_text(platform: &Platform, locale: Locale) -> String {
    let paragraphs = standard(platform, locale).paragraphs;
    entraide_i18n::without_isolation_marks(&paragraphs.join("\n\n"))
}

/// The text of `version` in the first language of `preferred` it has, else any.
fn read_in(version: &PolicyVersion, preferred: &[Locale]) -> Option<(Locale, String)> {
    preferred
        .iter()
        .find_map(|wanted| version.texts.iter().find(|(l, _)| l == wanted))
        .or_else(|| version.texts.first())
        .cloned()
}

/// A text's paragraphs: separated by empty lines.
fn paragraphs(body: &str) -> Vec<String> {
    body.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(str::to_owned).collect()
}

impl App {
    /// The platform and its privacy notice and terms in `reader`'s language, else the
    /// platform's, else English (else any language it has).
    pub async fn platform_policy(&self, slug: &str, reader: Locale) -> Result<(Platform, PlatformPolicy)> {
        let platform = self.platform(slug).await?;
        let policy = self.policy_of(&platform, reader).await?;
        Ok((platform, policy))
    }

    async fn policy_of(&self, platform: &Platform, reader: Locale) -> Result<PlatformPolicy> {
        let Some(current) = self.store.current_policy(platform.id).await? else {
            return Ok(standard(platform, reader));
        };
        let preferred = [reader, platform.default_locale, Locale::ENGLISH];
        Ok(match read_in(&current, &preferred) {
            Some((locale, body)) => PlatformPolicy {
                version: current.version,
                locale,
                paragraphs: paragraphs(&body),
                published_at: Some(current.published_at),
            },
            // A version with no text at all (every language removed): the standard one.
            None => PlatformPolicy { version: current.version, ..standard(platform, reader) },
        })
    }

    /// The platform's texts by language, for its admins to edit.
    pub async fn policy_texts(&self, actor: &Actor, slug: &str) -> Result<(Platform, Option<PolicyVersion>)> {
        let platform = self.platform(slug).await?;
        if !self.is_platform_admin(actor, platform.id).await? {
            return Err(AppError::Forbidden);
        }
        Ok((platform.clone(), self.store.current_policy(platform.id).await?))
    }

    /// Publishes a new version with `body` as the text in `locale` (an empty body
    /// removes that language); platform admins only. Returns the new version.
    pub async fn publish_policy(&self, actor: &Actor, slug: &str, locale: &str, body: &str) -> Result<i64> {
        let platform = self.platform(slug).await?;
        if !self.is_platform_admin(actor, platform.id).await? {
            return Err(AppError::Forbidden);
        }
        let mut invalid = Invalid::default();
        let locale = invalid.check(Locale::parse_field(locale, "locale"));
        let body = invalid.check(paragraph(body, "body", MAX_POLICY_CHARS, Presence::Optional));
        let (Some(locale), Some(body)) = (locale, body) else { return Err(invalid.into()) };
        let body = Some(body.as_str()).filter(|b| !b.is_empty());
        Ok(self.store.publish_policy(platform.id, locale, body, actor.account.id, self.now()).await?)
    }

    /// Joins the platform, having accepted its privacy notice and terms as read in
    /// `reader`'s language: the version of the moment is recorded with the time. A
    /// person already a member only has their acceptance recorded.
    pub async fn accept_and_join(&self, actor: &Actor, slug: &str, accepted: bool, reader: Locale) -> Result<Platform> {
        if !accepted {
            return Err(Invalid::one("accept_terms", "policy-not-accepted").into());
        }
        let (platform, _) = self.accept_policy(actor, slug, reader).await?;
        self.ensure_member(platform.id, actor.account.id).await?;
        Ok(platform)
    }

    /// Records that the person accepts the platform's privacy notice and terms as they
    /// read them now, in `reader`'s language (else the platform's, else English).
    pub async fn accept_policy(&self, actor: &Actor, slug: &str, reader: Locale) -> Result<(Platform, PlatformPolicy)> {
        let (platform, policy) = self.platform_policy(slug, reader).await?;
        self.refuse_if_suspended_on(platform.id, actor.account.id).await?;
        let at = self.now();
        self.store.accept_policy(actor.account.id, platform.id, policy.version, policy.locale, at).await?;
        Ok((platform, policy))
    }
}

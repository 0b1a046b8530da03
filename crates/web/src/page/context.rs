//! What every page needs: the reader's language, who they are, the CSRF token, and the
//! state of the form they posted.

use crate::AppState;
use crate::csrf::CsrfToken;
use crate::session::{Credential, Viewer};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use entraide_app::{Actor, PlatformNav};
use entraide_domain::Invalid;
use entraide_domain::locale::Locale;
use entraide_domain::organisation::OrganisationKind;
use entraide_domain::platform::{Platform, TimeZone};
use entraide_domain::time::Timestamp;
use entraide_i18n::LocalFormat;
use entraide_i18n::{LanguageHints, Tr, available};
use std::collections::HashMap;

/// The context of one page view.
pub(crate) struct PageCtx {
    pub tr: Tr,
    pub actor: Option<Actor>,
    /// The session cookie's secret, when signed in with one.
    pub session: Option<String>,
    pub csrf: String,
    /// The path of this page, for language links.
    pub path: String,
    /// Where to come back after signing in: this page, or for a form post the page
    /// that holds the form.
    pub return_to: String,
    hints: LanguageHints,
    /// The zone dates are shown in: the platform's, on its pages.
    zone: TimeZone,
    /// How many notifications the signed-in person has not read, for the menu.
    pub unread: i64,
    /// The platform the header shows with its places, if any.
    pub nav: Option<PlatformNav>,
    /// A language just picked from the menu, which the person's mails are not in yet:
    /// the page asks whether they should be.
    pub mail_language_question: Option<Locale>,
}

/// A page only a signed-in person sees: the page's context and who they are. Anyone
/// else is sent to sign in, and brought back to this page afterwards.
pub(crate) struct SignedIn {
    pub ctx: PageCtx,
    pub actor: Actor,
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let ctx = PageCtx::from_request_parts(parts, state).await?;
        match ctx.actor.clone() {
            Some(actor) => Ok(SignedIn { ctx, actor }),
            None => Err(crate::page::error_page(&ctx, &entraide_app::AppError::Unauthenticated)),
        }
    }
}

/// A link of the language menu.
pub(crate) struct LanguageLink {
    pub code: &'static str,
    pub name: &'static str,
    pub href: String,
    pub current: bool,
}

impl FromRequestParts<AppState> for PageCtx {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let viewer = Viewer::from_request_parts(parts, state).await.map_err(IntoResponse::into_response)?;
        let mut hints = parts.extensions.get::<LanguageHints>().cloned().unwrap_or_default();
        hints.account = viewer.actor.as_ref().and_then(|a| a.account.locale);
        // A language picked from the menu shows the site in it (the cookie keeps it);
        // whether mails follow is the person's own choice: the page asks.
        let mail_language_question = match (&viewer.actor, hints.chosen, hints.chosen_now) {
            (Some(_), Some(chosen), true) if hints.account != Some(chosen) => Some(chosen),
            _ => None,
        };
        let csrf = parts.extensions.get::<CsrfToken>().map(|t| t.0.clone()).unwrap_or_default();
        // One indexed count per page: the menu tells when something new happened.
        let unread = match &viewer.actor {
            Some(actor) => state.app.unread_notifications(actor).await.unwrap_or_else(|error| {
                tracing::warn!(%error, "cannot count unread notifications");
                0
            }),
            None => 0,
        };
        // On a platform's pages that platform, elsewhere the reader's own.
        let slug = parts.uri.path().strip_prefix("/p/").and_then(|rest| rest.split('/').next());
        let nav = state.app.navigation(viewer.actor.as_ref(), slug).await.unwrap_or_else(|error| {
            tracing::warn!(%error, "cannot find the header's platform");
            None
        });
        let session = match viewer.credential {
            Some(Credential::Session(token)) if viewer.actor.is_some() => Some(token),
            _ => None,
        };
        Ok(PageCtx {
            tr: Tr::new(hints.resolve(None)),
            actor: viewer.actor,
            session,
            csrf,
            path: parts.uri.path().to_owned(),
            return_to: return_to(parts),
            hints,
            zone: TimeZone::UTC,
            unread,
            nav,
            mail_language_question,
        })
    }
}

fn return_to(parts: &Parts) -> String {
    let path = parts.uri.path();
    if parts.method == axum::http::Method::GET {
        return path.to_owned();
    }
    match path.rsplit_once('/') {
        Some((parent, _)) if !parent.is_empty() => parent.to_owned(),
        _ => "/".to_owned(),
    }
}

impl PageCtx {
    /// Where signing in (`/sign-in`) or creating an account (`/sign-up`) leads from this
    /// page: back here afterwards, unless here is the home page or one of those forms.
    pub fn account_link(&self, form: &str) -> String {
        let here = self.return_to.as_str();
        if here == "/" || here.starts_with("/sign-") || here.starts_with("/password/") {
            form.to_owned()
        } else {
            format!("{form}?next={}", crate::page::urlencode(here))
        }
    }

    /// On a platform's pages, its default language comes before English.
    pub fn on_platform(&mut self, platform: &Platform) {
        self.tr = Tr::new(self.hints.resolve(Some(platform.default_locale)));
        self.zone = platform.time_zone;
    }

    /// Shows dates in this zone (off a platform's pages, the zone of one the reader
    /// belongs to).
    pub fn set_zone(&mut self, zone: TimeZone) {
        self.zone = zone;
    }

    /// Writes dates and numbers the reader's way.
    pub fn format(&self) -> LocalFormat {
        LocalFormat::new(self.tr.locale(), self.zone)
    }

    /// "since 27 Nov 2026", for lists of members.
    pub fn member_since(&self, at: &Timestamp) -> String {
        self.tr.t1("organisation-member-since", "date", self.date(at))
    }

    /// A date, the reader's way.
    pub fn date(&self, at: &Timestamp) -> String {
        self.format().date(*at)
    }

    /// `ltr` or `rtl`.
    pub fn dir(&self) -> &'static str {
        self.tr.locale().direction().as_str()
    }

    /// The language code.
    pub fn lang(&self) -> &'static str {
        self.tr.locale().code()
    }

    /// The signed-in person's name.
    pub fn name(&self) -> Option<&str> {
        self.actor.as_ref().map(|a| a.account.display_name.as_str())
    }

    /// What to tell a signed-in person whose address is not confirmed, on every page but
    /// those where they confirm it: they get no mail until they do.
    pub fn unconfirmed_email(&self) -> Option<String> {
        let account = &self.actor.as_ref()?.account;
        let email = account.email.as_ref().filter(|_| account.email_confirmed_at.is_none())?;
        let elsewhere = !self.path.starts_with("/account") && !self.path.starts_with("/email/");
        elsewhere.then(|| self.tr.t1("banner-email-unconfirmed", "email", email.to_string()))
    }

    /// The language menu: each language named in itself.
    pub fn languages(&self) -> Vec<LanguageLink> {
        available()
            .into_iter()
            .map(|l| LanguageLink {
                code: l.code(),
                name: l.native_name(),
                href: format!("{}?lang={}", self.path, l.code()),
                current: l == self.tr.locale(),
            })
            .collect()
    }

    /// The translated name of a kind of organisation.
    pub fn kind_name(&self, kind: &OrganisationKind) -> String {
        self.tr.t(&format!("kind-{}", kind.as_str()))
    }

    /// The translated name of a role (`admin`, `coordinator`).
    pub fn role_name(&self, role: &str) -> String {
        self.tr.t(&format!("role-{role}"))
    }

    /// "2 unread", beside the notifications link.
    pub fn unread_label(&self) -> String {
        self.tr.t1("nav-notifications-unread", "count", self.unread)
    }

    /// The question "Mails in this language too?", for a language just picked.
    pub fn mail_language_text(&self, language: &Locale) -> String {
        self.tr.t1("language-for-mails-question", "language", language.native_name())
    }

    /// A line of a form's error summary: the field's label, then what is wrong ("Title:
    /// Please fill this in."), so a summary of several errors says which is which.
    pub fn error_line(&self, field: &str, message: &str) -> String {
        match self.tr.field_label(field) {
            Some(label) => {
                self.tr.t_args("form-error-line", &[("field", label.into()), ("message", message.to_owned().into())])
            }
            None => message.to_owned(),
        }
    }

    /// The message `id` in the reader's language.
    pub fn t(&self, id: &str) -> String {
        self.tr.t(id)
    }
}

/// What a person typed into a form, and what was wrong with it, so the form comes back
/// with their input kept and each error next to its field.
#[derive(Default)]
pub(crate) struct FormState {
    values: HashMap<&'static str, String>,
    /// What was ticked in groups of checkboxes, by name.
    choices: HashMap<&'static str, Vec<String>>,
    errors: Vec<(&'static str, String)>,
}

impl FormState {
    /// A form showing `values`.
    pub fn with_values(values: &[(&'static str, &str)]) -> Self {
        Self { values: values.iter().map(|(k, v)| (*k, (*v).to_owned())).collect(), ..Self::default() }
    }

    /// Keeps what was ticked in the checkboxes named `field`.
    pub fn set_choices(&mut self, field: &'static str, chosen: Vec<String>) {
        self.choices.insert(field, chosen);
    }

    /// Whether `value` was ticked among the checkboxes named `field`.
    pub fn chosen(&self, field: &str, value: &str) -> bool {
        self.choices.get(field).is_some_and(|c| c.iter().any(|v| v == value))
    }

    /// Adds the translated errors of `invalid`.
    pub fn with_errors(mut self, tr: &Tr, invalid: &Invalid) -> Self {
        self.errors.extend(invalid.0.iter().map(|e| (e.field, tr.error(e.code))));
        self
    }

    /// Adds one error, already translated.
    pub fn with_error(mut self, field: &'static str, message: String) -> Self {
        self.errors.push((field, message));
        self
    }

    /// The value typed in `field`.
    pub fn value(&self, field: &str) -> &str {
        self.values.get(field).map_or("", String::as_str)
    }

    /// The errors of `field`, joined.
    pub fn error(&self, field: &str) -> String {
        self.errors.iter().filter(|(f, _)| *f == field).map(|(_, m)| m.as_str()).collect::<Vec<_>>().join(" ")
    }

    /// Whether `field` has an error.
    pub fn has_error(&self, field: &str) -> bool {
        self.errors.iter().any(|(f, _)| *f == field)
    }

    /// Every error, for the summary at the top of the form.
    pub fn errors(&self) -> &[(&'static str, String)] {
        &self.errors
    }
}

//! Mails about a person's account itself, which belong to no platform: the link to
//! choose a new password, and the link to confirm an address. They go to the site's
//! outbox (read by instance admins when no mail server is configured), never to a
//! platform's, whose admins must not be able to take over their members' accounts.

use super::message::compose;
use crate::App;
use crate::email_confirmation::CONFIRM_LINK_HOURS;
use crate::password_reset::RESET_LINK_MINUTES;
use crate::secret;
use entraide_domain::account::{Account, Email, LinkPurpose};
use entraide_domain::id::AccountId;
use entraide_domain::locale::Locale;
use entraide_i18n::Tr;
use entraide_storage::{NewAccountLink, NewMail};

/// What stands for the secret in the copy of a sent mail kept in the outbox: the copy
/// must not open the account to whoever reads the database.
const WITHHELD: &str = "…";

/// A mail carrying a link that acts on an account: its words, by message id.
struct LinkMail {
    purpose: LinkPurpose,
    /// The page the link opens, before `?code=`.
    path: &'static str,
    /// How long the link works.
    lasts: chrono::Duration,
    subject: &'static str,
    body: &'static str,
    /// Said before the link.
    link: &'static str,
    /// Said before the code, when the server does not know its own address.
    code: &'static str,
    ignore: &'static str,
    footer: &'static str,
}

impl App {
    /// Writes and sends the mail with a new link to choose a password, unless the
    /// account cannot sign in any more.
    pub(super) async fn mail_password_reset(&self, account: AccountId, language: &str) -> Result<(), String> {
        let Some((person, email)) = self.reachable(account).await? else { return Ok(()) };
        let mail = LinkMail {
            purpose: LinkPurpose::PasswordReset,
            path: "/password/reset",
            lasts: chrono::Duration::minutes(RESET_LINK_MINUTES),
            subject: "mail-password-reset-subject",
            body: "mail-password-reset-body",
            link: "mail-password-reset-link",
            code: "mail-password-reset-code",
            ignore: "mail-password-reset-ignore",
            footer: "mail-password-reset-footer",
        };
        self.mail_link(&person, email, language, &mail).await
    }

    /// Writes and sends the mail with a link to confirm `address`, unless the account
    /// is gone, the address is already its confirmed one, or it is taken meanwhile.
    pub(super) async fn mail_email_confirmation(
        &self,
        account: AccountId,
        address: &str,
        language: &str,
    ) -> Result<(), String> {
        let Some((person, current)) = self.reachable(account).await? else { return Ok(()) };
        let address = Email::parse(address, "email").map_err(|_| format!("not an address: `{address}`"))?;
        if address == current && person.email_confirmed_at.is_some() {
            tracing::debug!(%account, "the address was confirmed meanwhile; nothing to send");
            return Ok(());
        }
        let pending = self.store.pending_email(account).await.map_err(|e| format!("cannot read the account: {e}"))?;
        if address != current && pending.as_ref() != Some(&address) {
            tracing::debug!(%account, "the person asked for another address since; nothing to send");
            return Ok(());
        }
        let mail = LinkMail {
            purpose: LinkPurpose::EmailConfirmation,
            path: "/email/confirm",
            lasts: chrono::Duration::hours(CONFIRM_LINK_HOURS),
            subject: "mail-confirm-subject",
            body: if address == current { "mail-confirm-body" } else { "mail-confirm-new-body" },
            link: "mail-confirm-link",
            code: "mail-confirm-code",
            ignore: "mail-confirm-ignore",
            footer: "mail-confirm-footer",
        };
        self.mail_link(&person, address, language, &mail).await
    }

    /// Tells the address an account left that the account now uses another one, in the
    /// person's language: whoever did not ask for it knows at once whom to turn to.
    pub(super) async fn mail_email_changed(&self, account: AccountId, previous: &str) -> Result<(), String> {
        let Some((person, current)) = self.reachable(account).await? else { return Ok(()) };
        let previous = Email::parse(previous, "email").map_err(|_| format!("not an address: `{previous}`"))?;
        let locale = person.locale.unwrap_or(Locale::ENGLISH);
        let tr = Tr::new(locale);
        let paragraphs = [
            tr.t1("mail-greeting", "name", person.display_name.clone()),
            tr.t_args(
                "mail-email-changed-body",
                &[("previous", previous.to_string().into()), ("email", current.to_string().into())],
            ),
            tr.t("mail-email-changed-not-you"),
        ];
        let mail = compose(&tr, tr.t("mail-email-changed-subject"), &paragraphs, &tr.t("mail-email-changed-footer"))?;
        let mail =
            NewMail { account: Some(person.id), to: previous, subject: mail.subject, text: mail.text, html: mail.html };
        self.send_account_mail(&person.display_name, mail, locale, None).await
    }

    /// The account and its address, unless it was erased.
    async fn reachable(&self, account: AccountId) -> Result<Option<(Account, Email)>, String> {
        let person = self.store.account(account).await.map_err(|e| format!("cannot read the account: {e}"))?;
        let found = person.and_then(|p| p.email.clone().filter(|_| p.erased_at.is_none()).map(|e| (p, e)));
        if found.is_none() {
            tracing::debug!(%account, "a link for an erased account; nothing to send");
        }
        Ok(found)
    }

    /// Makes a link, keeps its hash, and mails it to `to` in the person's language
    /// (else `language`, the page's).
    async fn mail_link(&self, person: &Account, to: Email, language: &str, words: &LinkMail) -> Result<(), String> {
        let locale = person.locale.or_else(|| Locale::parse(language)).unwrap_or(Locale::ENGLISH);
        let tr = Tr::new(locale);
        let code = secret::new_token();
        let now = self.now();
        let link = NewAccountLink {
            token_hash: secret::token_hash(&code),
            account: person.id,
            purpose: words.purpose,
            email: to.clone(),
            created_at: now,
            expires_at: now + words.lasts,
        };
        let name = person.display_name.as_str();
        // The link (or, when the server does not know its own address, the code to
        // paste) stands alone on its line, where mail programs see all of it.
        let (how, what) = match self.link(&format!("{}?code={code}", words.path)) {
            Some(link) => (tr.t(words.link), link),
            None => (tr.t(words.code), code.clone()),
        };
        let paragraphs =
            [tr.t1("mail-greeting", "name", name.to_owned()), tr.t(words.body), how, what, tr.t(words.ignore)];
        let mail = compose(&tr, tr.t(words.subject), &paragraphs, &tr.t(words.footer))?;
        let mail = NewMail { account: Some(person.id), to, subject: mail.subject, text: mail.text, html: mail.html };
        // Kept before it is sent: a mail sent with a link that was never kept would
        // only disappoint.
        self.store.create_account_link(&link).await.map_err(|e| format!("cannot keep the link: {e}"))?;
        self.send_account_mail(name, mail, locale, Some(&code)).await
    }

    /// Sends a mail about an account (when a mail server is set) and keeps it in the
    /// site's outbox; a sent mail's copy has `secret` cut out.
    async fn send_account_mail(
        &self,
        to_name: &str,
        mail: NewMail,
        locale: Locale,
        secret: Option<&str>,
    ) -> Result<(), String> {
        let (kept, sent_at) = match &self.mailer {
            Some(mailer) => {
                mailer.send(to_name, &mail, locale).await?;
                let withheld = match secret {
                    Some(secret) => NewMail {
                        text: mail.text.replace(secret, WITHHELD),
                        html: mail.html.replace(secret, WITHHELD),
                        ..mail
                    },
                    None => mail,
                };
                (withheld, Some(self.now()))
            }
            None => (mail, None),
        };
        self.store
            .add_outbox(None, &kept, self.now(), sent_at)
            .await
            .map_err(|e| format!("cannot keep the mail: {e}"))?;
        Ok(())
    }
}

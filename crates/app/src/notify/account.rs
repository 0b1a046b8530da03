//! Mails about a person's account itself, which belong to no platform: the link to
//! choose a new password. They go to the site's outbox (read by instance admins when no
//! mail server is configured), never to a platform's, whose admins must not be able to
//! take over their members' accounts.

use super::message::compose;
use crate::App;
use crate::password_reset::RESET_LINK_MINUTES;
use crate::secret;
use entraide_domain::account::LinkPurpose;
use entraide_domain::id::AccountId;
use entraide_domain::locale::Locale;
use entraide_i18n::Tr;
use entraide_storage::{NewAccountLink, NewMail};

/// What stands for the secret in the copy of a sent mail kept in the outbox: the copy
/// must not open the account to whoever reads the database.
const WITHHELD: &str = "…";

impl App {
    /// Writes and sends the mail with a new link to choose a password, unless the
    /// account cannot sign in any more.
    pub(super) async fn mail_password_reset(&self, account: AccountId, language: &str) -> Result<(), String> {
        let person = self.store.account(account).await.map_err(|e| format!("cannot read the account: {e}"))?;
        let Some((person, email)) =
            person.and_then(|p| p.email.clone().filter(|_| p.erased_at.is_none()).map(|e| (p, e)))
        else {
            tracing::debug!(%account, "a new password for an erased account; nothing to send");
            return Ok(());
        };
        let locale = person.locale.or_else(|| Locale::parse(language)).unwrap_or(Locale::ENGLISH);
        let tr = Tr::new(locale);
        let code = secret::new_token();
        let now = self.now();
        let link = NewAccountLink {
            token_hash: secret::token_hash(&code),
            account,
            purpose: LinkPurpose::PasswordReset,
            email: email.clone(),
            created_at: now,
            expires_at: now + chrono::Duration::minutes(RESET_LINK_MINUTES),
        };
        let name = person.display_name.as_str();
        // The link (or, when the server does not know its own address, the code to
        // paste) stands alone on its line, where mail programs see all of it.
        let (how, what) = match self.link(&format!("/password/reset?code={code}")) {
            Some(link) => (tr.t("mail-password-reset-link"), link),
            None => (tr.t("mail-password-reset-code"), code.clone()),
        };
        let paragraphs = [
            tr.t1("mail-greeting", "name", name.to_owned()),
            tr.t("mail-password-reset-body"),
            how,
            what,
            tr.t("mail-password-reset-ignore"),
        ];
        let mail = compose(&tr, tr.t("mail-password-reset-subject"), &paragraphs, &tr.t("mail-password-reset-footer"))?;
        let mail =
            NewMail { account: Some(account), to: email, subject: mail.subject, text: mail.text, html: mail.html };
        // Kept before it is sent: a mail sent with a link that was never kept would
        // only disappoint.
        self.store.create_account_link(&link).await.map_err(|e| format!("cannot keep the link: {e}"))?;
        let (kept, sent_at) = match &self.mailer {
            Some(mailer) => {
                mailer.send(name, &mail, locale).await?;
                let withheld = NewMail {
                    text: mail.text.replace(&code, WITHHELD),
                    html: mail.html.replace(&code, WITHHELD),
                    ..mail
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

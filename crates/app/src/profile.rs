//! A volunteer's own profile: reading it, and writing it with its codes checked against
//! the skills and causes of the platforms the person belongs to.

use crate::error::{AppError, Result};
use crate::{Actor, App};
use entraide_domain::profile::{Profile, ProfileInput, format_time};
use entraide_domain::taxonomy::{Term, TermKind, parse_code};
use entraide_domain::{FieldError, Invalid};
use serde_json::{Value, json};

/// The skills and causes a person may pick: those of every platform they belong to,
/// each code once (with the label of the first platform that has it), by label.
#[derive(Debug, Clone, Default)]
pub struct ProfileChoices {
    /// Skills.
    pub skills: Vec<Term>,
    /// Causes.
    pub causes: Vec<Term>,
}

impl App {
    /// The person's profile; `NotFound("profile")` until they write one.
    pub async fn my_profile(&self, actor: &Actor) -> Result<Profile> {
        self.store.profile(actor.account.id).await?.ok_or(AppError::NotFound("profile"))
    }

    /// The person's profile, if any (for pages that show an empty form instead).
    pub async fn my_profile_if_any(&self, actor: &Actor) -> Result<Option<Profile>> {
        Ok(self.store.profile(actor.account.id).await?)
    }

    /// What the person may pick from.
    pub async fn profile_choices(&self, actor: &Actor) -> Result<ProfileChoices> {
        let mut choices = ProfileChoices::default();
        for (platform, _) in self.store.platforms_of(actor.account.id).await? {
            for (kind, list) in [(TermKind::Skill, &mut choices.skills), (TermKind::Cause, &mut choices.causes)] {
                for term in self.store.terms(platform.id, kind).await? {
                    if !list.iter().any(|t| t.code == term.code) {
                        list.push(term);
                    }
                }
            }
        }
        choices.skills.sort_by(|a, b| a.label.cmp(&b.label).then(a.code.cmp(&b.code)));
        choices.causes.sort_by(|a, b| a.label.cmp(&b.label).then(a.code.cmp(&b.code)));
        Ok(choices)
    }

    /// Writes the person's profile. Every problem is reported at once and nothing is
    /// written unless there is none: codes must be on the list of a platform the person
    /// belongs to, languages among the 27, the range within 500 km, the windows sound.
    pub async fn put_profile(&self, actor: &Actor, input: &ProfileInput) -> Result<Profile> {
        let choices = self.profile_choices(actor).await?;
        let (draft, mut invalid) = match input.validate() {
            Ok(draft) => (Some(draft), Invalid::default()),
            Err(invalid) => (None, invalid),
        };
        for (typed, known, field, code) in [
            (&input.skills, &choices.skills, "skills", "skill-unknown"),
            (&input.causes, &choices.causes, "causes", "cause-unknown"),
        ] {
            let unknown =
                typed.iter().filter_map(|t| parse_code(t, field).ok()).any(|c| !known.iter().any(|k| k.code == c));
            if unknown && !invalid.0.iter().any(|e| e.field == field) {
                invalid.0.push(FieldError::new(field, code));
            }
        }
        match draft {
            Some(draft) if invalid.0.is_empty() => {
                Ok(self.store.put_profile(actor.account.id, &draft, self.now()).await?)
            }
            _ => Err(invalid.into()),
        }
    }
}

/// A profile as JSON, for its owner (the export, and the API): the exact home point.
pub fn profile_json(profile: &Profile) -> Value {
    let draft = &profile.draft;
    json!({
        "skills": draft.skills,
        "causes": draft.causes,
        "languages": draft.languages.iter().map(|l| l.code()).collect::<Vec<_>>(),
        "location": { "lat": draft.home.lat(), "lon": draft.home.lon() },
        "within_km": draft.within_km,
        "availability": draft.availability.iter().map(|w| json!({
            "weekday": w.weekday, "from": format_time(w.from), "to": format_time(w.to),
        })).collect::<Vec<_>>(),
        "no_suggestions": draft.no_suggestions,
        "no_mails": draft.no_mails,
        "updated_at": profile.updated_at,
    })
}

//! CSV exports. A cell that a spreadsheet would read as a formula (starting with `=`,
//! `+`, `-`, `@`, tab or carriage return) is prefixed with `'`, so opening an export
//! never runs what someone typed as their name.

use entraide_app::{RosterLine, StatementLine};

fn cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_owned() }
}

/// A shift's roster: name, status, position, late, attended, minutes, mail address,
/// phone.
pub(crate) fn roster(lines: &[RosterLine]) -> Result<String, String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let header = ["name", "status", "position", "late", "attended", "minutes", "email", "phone"];
    writer.write_record(header).map_err(|e| e.to_string())?;
    for line in lines {
        let signup = &line.signup;
        let attended = match signup.attended {
            Some(true) => "yes",
            Some(false) => "no",
            None => "",
        };
        writer
            .write_record([
                cell(&line.display_name),
                signup.status.as_str().to_owned(),
                signup.position.map(|p| p.to_string()).unwrap_or_default(),
                if signup.late { "yes" } else { "" }.to_owned(),
                attended.to_owned(),
                signup.minutes.map(|m| m.to_string()).unwrap_or_default(),
                line.email.as_ref().map(|e| cell(e.as_str())).unwrap_or_default(),
                line.phone.as_deref().map(cell).unwrap_or_default(),
            ])
            .map_err(|e| e.to_string())?;
    }
    let bytes = writer.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}

/// A ledger statement: date, kind, counterparty, memo, amount (negative when paid),
/// entry id, and the entry a reversal undoes.
pub(crate) fn statement(lines: &[StatementLine]) -> Result<String, String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let header = ["date", "kind", "counterparty", "memo", "amount", "entry", "reverses"];
    writer.write_record(header).map_err(|e| e.to_string())?;
    for line in lines {
        let entry = &line.entry;
        writer
            .write_record([
                entry.created_at.to_rfc3339(),
                entry.kind.as_str().to_owned(),
                cell(&line.counterparty_name),
                cell(&entry.memo),
                // A number, not text: a leading minus is meant, so it is not neutralised.
                line.amount.to_string(),
                entry.id.to_string(),
                entry.reverses.map(|r| r.to_string()).unwrap_or_default(),
            ])
            .map_err(|e| e.to_string())?;
    }
    let bytes = writer.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(super::cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(super::cell("Ann"), "Ann");
    }
}

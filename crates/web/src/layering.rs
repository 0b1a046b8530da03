//! The house rule that every permission is decided in `entraide-app`, kept by a test:
//! pages and API handlers ask the application what the viewer may do (an actions value,
//! or a use case that refuses), and never work it out from roles themselves.

#[cfg(test)]
mod tests {
    use std::path::Path;

    /// What deciding a permission in this crate looks like: asking for a role, or
    /// comparing one.
    const DECIDING: [&str; 6] = [
        "app.platform_role(",
        "app.is_platform_admin(",
        "app.can_coordinate(",
        "app.organisation_role(",
        "viewer_role",
        "Role::Admin",
    ];

    fn sources(dir: &Path, found: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                sources(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs" || e == "html") && !path.ends_with("layering.rs") {
                found.push((path.display().to_string(), std::fs::read_to_string(&path).unwrap()));
            }
        }
    }

    #[test]
    fn pages_and_api_handlers_never_decide_a_permission_themselves() {
        let mut files = Vec::new();
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        sources(&root.join("src"), &mut files);
        sources(&root.join("templates"), &mut files);
        assert!(files.len() > 50, "the sources were read");
        let offending: Vec<String> = files
            .iter()
            .flat_map(|(path, text)| {
                text.lines()
                    .enumerate()
                    .filter(|(_, line)| DECIDING.iter().any(|pattern| line.contains(pattern)))
                    .map(move |(number, line)| format!("{path}:{}: {}", number + 1, line.trim()))
            })
            .collect();
        assert!(offending.is_empty(), "ask the application instead:\n{}", offending.join("\n"));
    }
}

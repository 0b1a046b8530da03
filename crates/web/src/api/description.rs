//! What every operation of the description shares, said once rather than on each handler:
//! errors are problem documents, and the answers that follow from how a route is built
//! (a JSON body can be malformed or too large, a path parameter can name nothing, a
//! signed-in person is needed…) are listed on every route built that way. Each handler
//! lists what is particular to it (403 for a role, 409 for a rule, 429…).

use crate::problem::{PROBLEM_TYPE, ProblemSchema};
use utoipa::openapi::path::{Operation, ParameterIn};
use utoipa::openapi::schema::{Object, Ref, Type};
use utoipa::openapi::{Content, Header, OpenApi, RefOr, Response};

/// Statuses answered with a `Retry-After` header.
const RETRY_AFTER_STATUSES: [&str; 2] = ["429", "503"];

/// Completes the generated description: the `Problem` schema, the answers every route of
/// a kind can give, and the problem document as the content of every error.
pub(crate) fn complete(openapi: &mut OpenApi) {
    let components = openapi.components.get_or_insert_with(Default::default);
    components.schemas.insert("Problem".to_owned(), <ProblemSchema as utoipa::PartialSchema>::schema());
    for item in openapi.paths.paths.values_mut() {
        let operations = [
            (false, item.get.as_mut()),
            (false, item.head.as_mut()),
            (true, item.post.as_mut()),
            (true, item.put.as_mut()),
            (true, item.patch.as_mut()),
            (true, item.delete.as_mut()),
        ];
        for (unsafe_method, operation) in operations {
            if let Some(operation) = operation {
                complete_operation(operation, unsafe_method);
            }
        }
    }
}

fn complete_operation(operation: &mut Operation, unsafe_method: bool) {
    let parameters: Vec<ParameterIn> = operation
        .parameters
        .iter()
        .flatten()
        .filter_map(|p| match p {
            RefOr::T(p) => Some(p.parameter_in.clone()),
            RefOr::Ref(_) => None,
        })
        .collect();
    let in_path = parameters.iter().any(|p| matches!(p, ParameterIn::Path));
    let in_query = parameters.iter().any(|p| matches!(p, ParameterIn::Query));
    let has_body = operation.request_body.is_some();
    let signed_in = operation.security.as_ref().is_some_and(|s| !s.is_empty());

    if has_body || in_path {
        add(
            operation,
            "400",
            "Malformed: a body that is not a JSON object (or sent without `Content-Type: application/json`), or a path parameter that is not UTF-8",
        );
    }
    if signed_in {
        add(operation, "401", "Not signed in: no valid bearer token nor session");
    }
    if unsafe_method {
        add(
            operation,
            "403",
            "Refused: a browser request from another site, a session without its CSRF token, or a role that does not allow it",
        );
    }
    if in_path {
        add(operation, "404", "Unknown, or not visible to the caller");
    }
    if has_body {
        add(operation, "413", "The body is larger than 1 MiB");
    }
    if has_body || in_query {
        add(
            operation,
            "422",
            "Invalid input: a field or parameter of the wrong type, missing, or out of its limits; `errors` names each",
        );
    }
    for (status, response) in operation.responses.responses.iter_mut() {
        let RefOr::T(response) = response else { continue };
        if status.starts_with('4') || status.starts_with('5') {
            as_problem(response, RETRY_AFTER_STATUSES.contains(&status.as_str()));
        }
    }
}

/// Adds an answer, unless the handler already describes it.
fn add(operation: &mut Operation, status: &str, description: &str) {
    operation.responses.responses.entry(status.to_owned()).or_insert_with(|| RefOr::T(Response::new(description)));
}

/// Makes an error answer a problem document, with `Retry-After` where it applies.
fn as_problem(response: &mut Response, retry_after: bool) {
    response.content.clear();
    response.content.insert(PROBLEM_TYPE.to_owned(), RefOr::T(Content::new(Some(Ref::from_schema_name("Problem")))));
    if response.description.is_empty() {
        response.description = "A problem document".to_owned();
    }
    if retry_after {
        let mut header = Header::new(Object::with_type(Type::Integer));
        header.description = Some("Seconds to wait before trying again".to_owned());
        response.headers.insert("Retry-After".to_owned(), RefOr::T(header));
    }
}

//! The API's OpenAPI 3.1 document, derived by utoipa from the handlers' `#[utoipa::path]` and
//! the response types' `ToSchema`: what a handler answers and what the document says come
//! from the same code. A test checks that its paths are exactly the API routes of the route
//! table, and that it validates.

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use super::{json_response, orgs, problem, records, responses, table_json, tables, texts_for};
use crate::app::AppState;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Parité API",
        description = "Read-only JSON access to the organizations, waves, report tables and \
                       (for evaluators) item-level answers a Parité account may see, with the \
                       same scope and small-cell suppression as its pages. Authenticate with a \
                       personal API token made on your account page: \
                       `Authorization: Bearer parite_…`. Errors are RFC 9457 problem details; \
                       labels and problems follow `Accept-Language` (fr-CA or en-CA).",
        license(name = "MIT OR Apache-2.0", identifier = "MIT OR Apache-2.0"),
    ),
    paths(
        orgs::organizations,
        orgs::waves,
        tables::org_table,
        tables::funder_table,
        responses::responses,
        records::records,
        openapi_json,
    ),
    components(schemas(
        problem::Problem,
        table_json::HiddenReason,
        table_json::CellValue,
        table_json::Cell,
        table_json::Column,
    )),
    modifiers(&BearerToken),
    tags(
        (name = "organizations", description = "The organizations in scope and their waves"),
        (name = "reports", description = "Report tables, suppressed as on the pages"),
        (name = "responses", description = "Item-level answers: evaluators and administrators"),
        (name = "documentation", description = "This document"),
    )
)]
struct ApiDoc;

/// The `bearer` security scheme the paths name: a personal API token.
struct BearerToken;

impl Modify for BearerToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let scheme = HttpBuilder::new()
            .scheme(HttpAuthScheme::Bearer)
            .bearer_format("parite_ followed by 64 hexadecimal digits")
            .description(Some(
                "A personal API token, made (and revoked) on your account page. It acts with \
                 your account's current role and scope.",
            ))
            .build();
        openapi
            .components
            .get_or_insert_with(Default::default)
            .add_security_scheme("bearer", SecurityScheme::Http(scheme));
    }
}

/// The document as JSON.
pub fn document() -> Result<String, serde_json::Error> {
    ApiDoc::openapi().to_json()
}

/// This document.
#[utoipa::path(
    get,
    path = "/api/v1/openapi.json",
    tag = "documentation",
    responses((status = 200, description = "The OpenAPI 3.1 document of this API", content_type = "application/json"))
)]
pub async fn openapi_json(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let texts = texts_for(&state, &headers);
    json_response(
        axum::http::StatusCode::OK,
        &ApiDoc::openapi(),
        "application/json",
        &texts,
    )
}

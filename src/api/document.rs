//! `/api/v1/openapi.json`: the API described in OpenAPI 3.1, generated from
//! the handlers' and types' annotations; the values each filter accepts
//! are filled in from the same lists the API checks them against.

use axum::{Json, extract::State};
use utoipa::{
    OpenApi,
    openapi::{
        ContentBuilder, Object, ObjectBuilder, Ref, RefOr, Response, ResponseBuilder, Schema,
        Server, Type, header::HeaderBuilder, path::Parameter, schema::SchemaType,
    },
};

use super::{ApiError, BASE, reference, resources};
use crate::{i18n::Locale, lines_of_work, state::AppState};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Observatory open data",
        description = "The juvenile-justice library of the observatory: research, legislation, \
            legal practice, programmes and good practices in English, Spanish and French, \
            with the international standards they cite. Read-only; open to any site \
            (CORS); each client may make a limited number of requests a minute \
            (429 with Retry-After beyond it).",
        version = "1.0.0",
        license(name = "Each resource states its own licence")
    ),
    paths(resources::list, resources::one, reference::articles, reference::lines_of_work),
    tags(
        (name = "library", description = "Published resources"),
        (name = "reference", description = "What resources are tied to"),
    )
)]
struct Document;

pub async fn openapi_json(
    State(state): State<AppState>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let lines = lines_of_work::every(&state, Locale::En).await?;
    let mut document = Document::openapi();
    // Added here: what only the running site knows (its address, the lines
    // of work a filter takes) and what every operation shares (the 429).
    document.servers = Some(vec![Server::new(state.absolute_url(BASE))]);
    for item in document.paths.paths.values_mut() {
        let Some(operation) = item.get.as_mut() else {
            continue;
        };
        operation
            .responses
            .responses
            .insert("429".into(), RefOr::T(over_the_limit()));
        for parameter in operation.parameters.iter_mut().flatten() {
            let choices = resources::choices(&parameter.name, &lines);
            if !choices.is_empty() {
                restrict(parameter, choices);
            }
        }
    }
    let value =
        serde_json::to_value(&document).map_err(|error| ApiError::Internal(error.into()))?;
    Ok(Json(value))
}

/// What every operation answers beyond its client's limit: said once here
/// rather than on each handler.
fn over_the_limit() -> Response {
    let seconds = ObjectBuilder::new()
        .schema_type(SchemaType::Type(Type::Integer))
        .build();
    let retry_after = HeaderBuilder::new()
        .schema(seconds)
        .description(Some("Seconds to wait"))
        .build();
    let problem = ContentBuilder::new()
        .schema(Some(Ref::from_schema_name("Problem")))
        .build();
    ResponseBuilder::new()
        .description("Over the client's limit")
        .header("Retry-After", retry_after)
        .content("application/json", problem)
        .build()
}

/// `parameter` takes one of `choices`.
fn restrict(parameter: &mut Parameter, choices: Vec<String>) {
    let schema: Object = ObjectBuilder::new()
        .schema_type(SchemaType::Type(utoipa::openapi::Type::String))
        .enum_values(Some(choices))
        .build();
    parameter.schema = Some(RefOr::T(Schema::Object(schema)));
}

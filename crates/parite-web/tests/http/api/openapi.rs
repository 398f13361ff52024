//! The OpenAPI document: served without a token, naming exactly the API routes of the route
//! table, and valid OpenAPI 3.1 by an independent validator (`openapi-spec-validator`, from
//! PyPI: skipped with a message where it is not installed, a failure under `CI=true`).

use std::collections::BTreeSet;
use std::process::Command;

use super::get;
use crate::helpers::spawn_app;

#[tokio::test]
async fn the_document_names_every_api_route_and_only_those() {
    let app = spawn_app().await;
    let answer = get(&app.base, "/api/v1/openapi.json", None, "en-CA").await;
    answer.assert_ok("the document");
    let document = &answer.json;
    assert_eq!(document["openapi"], "3.1.0");
    let documented: BTreeSet<String> = document["paths"]
        .as_object()
        .expect("paths")
        .iter()
        .flat_map(|(path, item)| {
            let methods = item.as_object().expect("a path item");
            methods
                .keys()
                .filter(|m| ["get", "put", "post", "delete", "patch"].contains(&m.as_str()))
                .map(move |m| format!("{} {path}", m.to_uppercase()))
        })
        .collect();
    let routed: BTreeSet<String> = parite_web::routes()
        .into_iter()
        .filter(|r| r.path.starts_with("/api/v1/"))
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    assert_eq!(documented, routed, "documented paths and API routes differ");
    assert!(routed.len() >= 6);

    // The bearer scheme, named by every path but the document itself, with examples.
    assert_eq!(
        document["components"]["securitySchemes"]["bearer"]["scheme"],
        "bearer"
    );
    for (path, item) in document["paths"].as_object().expect("paths") {
        let security = &item["get"]["security"];
        if path.ends_with("openapi.json") {
            assert!(security.is_null(), "{path}");
        } else {
            assert_eq!(security[0]["bearer"], serde_json::json!([]), "{path}");
        }
    }
    let text = document.to_string();
    assert!(text.contains("\"example\"") || text.contains("\"examples\""));
    let built: serde_json::Value =
        serde_json::from_str(&parite_web::openapi_document().expect("the document")).expect("JSON");
    assert_eq!(&built, document, "the served document is the built one");
}

#[tokio::test]
async fn the_document_is_valid_openapi_3_1() {
    let found = Command::new("openapi-spec-validator")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "openapi-spec-validator is missing (pip install openapi-spec-validator) and CI=true"
        );
        eprintln!(
            "skipped the_document_is_valid_openapi_3_1: openapi-spec-validator is not installed \
             (pip install openapi-spec-validator)"
        );
        return;
    }
    let document = parite_web::openapi_document().expect("the document");
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("openapi.json");
    std::fs::write(&file, document).expect("write");
    let output = Command::new("openapi-spec-validator")
        .args(["--schema", "3.1"])
        .arg(&file)
        .output()
        .expect("run the validator");
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        output.status.success(),
        "the validator refused the document: {said}"
    );
    assert!(said.contains("OK"), "{said}");
}

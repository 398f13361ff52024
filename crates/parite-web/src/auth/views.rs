//! The account pages as templates, and the form field view the administration console shares.

use askama::Template;

use crate::page::PageMeta;

/// One labelled form control with its hint and error, tied together by `aria-describedby`.
pub struct FieldView {
    /// The element id and the field's name.
    pub id: String,
    pub label: String,
    /// `text`, `email`, `password`, `date` or `select`.
    pub kind: &'static str,
    pub value: String,
    pub hint: Option<String>,
    pub error: Option<String>,
    pub autocomplete: &'static str,
    /// For a `select`: (value, label).
    pub options: Vec<(String, String)>,
}

impl FieldView {
    pub fn new(id: &str, label: String, kind: &'static str) -> FieldView {
        FieldView {
            id: id.to_owned(),
            label,
            kind,
            value: String::new(),
            hint: None,
            error: None,
            autocomplete: "",
            options: Vec::new(),
        }
    }

    pub fn value(mut self, value: &str) -> FieldView {
        self.value = value.to_owned();
        self
    }

    pub fn hint(mut self, hint: String) -> FieldView {
        self.hint = Some(hint);
        self
    }

    pub fn error(mut self, error: Option<String>) -> FieldView {
        self.error = error;
        self
    }

    pub fn autocomplete(mut self, autocomplete: &'static str) -> FieldView {
        self.autocomplete = autocomplete;
        self
    }

    pub fn options(mut self, options: Vec<(String, String)>) -> FieldView {
        self.options = options;
        self
    }

    pub fn describedby(&self) -> Option<String> {
        let ids: Vec<String> = [
            self.hint.as_ref().map(|_| format!("{}-hint", self.id)),
            self.error.as_ref().map(|_| format!("{}-error", self.id)),
        ]
        .into_iter()
        .flatten()
        .collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// The error summary's entries: (field id, "label — error").
pub fn summary(fields: &[FieldView]) -> Vec<(String, String)> {
    fields
        .iter()
        .filter_map(|f| {
            f.error
                .as_ref()
                .map(|e| (f.id.clone(), format!("{} — {e}", f.label)))
        })
        .collect()
}

#[derive(Template)]
#[template(path = "auth_login.html")]
pub struct LoginPage {
    pub page: PageMeta,
    pub action: String,
    pub csrf: String,
    pub next: String,
    pub fields: Vec<FieldView>,
    pub error_summary: String,
    pub errors: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "auth_account.html")]
pub struct AccountPage {
    pub page: PageMeta,
    pub signed_in_as: String,
    pub links: Vec<(String, String)>,
    pub logout_action: String,
    pub everywhere_action: String,
    pub csrf: String,
    pub tokens: super::tokens::TokenList,
}

#[derive(Template)]
#[template(path = "auth_password.html")]
pub struct PasswordPage {
    pub page: PageMeta,
    pub intro: String,
    pub email: String,
    pub action: String,
    pub csrf: String,
    pub fields: Vec<FieldView>,
    pub error_summary: String,
    pub errors: Vec<(String, String)>,
}

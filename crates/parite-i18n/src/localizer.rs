//! The `Localizer`: one strict Fluent bundle per locale, plus that locale's formatters.

use std::collections::btree_map::Entry;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentError, FluentResource};
use fluent_syntax::ast;

use crate::catalog::{describe_error, embedded_sources, error_line, line_of, offset_of, read_tree};
use crate::{I18nError, Locale, NumberFormat, fluent_format, negotiate};

type Bundle = FluentBundle<FluentResource>;

/// Every message of every loaded locale, ready to format from any thread.
///
/// Loading is all-or-nothing: a syntax error or a duplicate id fails the load, naming the file,
/// rather than leaving a message silently missing. Lookups never fall back to another language.
pub struct Localizer {
    locales: Vec<Locale>,
    default: Locale,
    bundles: BTreeMap<Locale, (Bundle, Arc<NumberFormat>)>,
    /// Every message that takes no argument, formatted once per locale: most of a page's texts
    /// (labels, choices, buttons), which would otherwise be resolved again on every request.
    fixed: BTreeMap<Locale, HashMap<String, String>>,
}

impl Localizer {
    /// Every locale folder of the workspace's `locales/`, compiled into the binary by build.rs.
    pub fn embedded(default: Locale) -> Result<Localizer, I18nError> {
        Localizer::build(
            &embedded_sources(),
            default,
            Path::new("locales (embedded)"),
        )
    }

    /// Every `<dir>/<locale>/*.ftl`, read now.
    pub fn from_dir(dir: &Path, default: Locale) -> Result<Localizer, I18nError> {
        Localizer::build(&read_tree(dir)?, default, dir)
    }

    /// From files already in memory: `(locale folder name, path for messages, contents)`.
    pub fn from_sources(
        sources: &[(String, PathBuf, String)],
        default: Locale,
    ) -> Result<Localizer, I18nError> {
        Localizer::build(sources, default, Path::new("(in memory)"))
    }

    fn build(
        sources: &[(String, PathBuf, String)],
        default: Locale,
        origin: &Path,
    ) -> Result<Localizer, I18nError> {
        let mut grouped: BTreeMap<Locale, Vec<(&Path, &str)>> = BTreeMap::new();
        for (folder, path, text) in sources {
            let locale = Locale::parse(folder).map_err(|error| I18nError::InvalidLocaleFolder {
                path: path.parent().unwrap_or(path).to_path_buf(),
                reason: error.to_string(),
            })?;
            grouped.entry(locale).or_default().push((path, text));
        }
        if grouped.is_empty() {
            return Err(I18nError::NoLocales {
                path: origin.to_path_buf(),
            });
        }
        let mut bundles = BTreeMap::new();
        let mut fixed = BTreeMap::new();
        for (locale, files) in grouped {
            let (bundle, ids) = load_bundle(&locale, &files)?;
            fixed.insert(locale.clone(), fixed_messages(&bundle, &locale, &ids));
            bundles.insert(locale.clone(), (bundle, NumberFormat::shared(&locale)));
        }
        let locales: Vec<Locale> = bundles.keys().cloned().collect();
        if !bundles.contains_key(&default) {
            let available: Vec<&str> = locales.iter().map(Locale::as_str).collect();
            return Err(I18nError::DefaultLocaleMissing {
                locale: default.to_string(),
                available: available.join(", "),
            });
        }
        Ok(Localizer {
            locales,
            default,
            bundles,
            fixed,
        })
    }

    /// The loaded locales, sorted by tag.
    pub fn locales(&self) -> &[Locale] {
        &self.locales
    }

    /// The locale answered when negotiation finds nothing better.
    pub fn default_locale(&self) -> &Locale {
        &self.default
    }

    /// Whether `locale` itself defines message `id` (no fallback).
    pub fn has_message(&self, locale: &Locale, id: &str) -> bool {
        self.bundles
            .get(locale)
            .is_some_and(|(bundle, _)| bundle.has_message(id))
    }

    /// Message `id` of exactly `locale`, with `args`. A missing message, a missing argument or
    /// any other resolution problem is an error, never placeholder text.
    pub fn message(
        &self,
        locale: &Locale,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Result<String, I18nError> {
        if args.is_none()
            && let Some(text) = self.fixed.get(locale).and_then(|fixed| fixed.get(id))
        {
            return Ok(text.clone());
        }
        let bundle = self.bundle(locale)?;
        let message = bundle
            .get_message(id)
            .ok_or_else(|| I18nError::MissingMessage {
                locale: locale.to_string(),
                id: id.to_owned(),
            })?;
        let pattern = message.value().ok_or_else(|| I18nError::NoValue {
            locale: locale.to_string(),
            id: id.to_owned(),
        })?;
        format(bundle, locale, id, pattern, args)
    }

    /// Attribute `id.attr` of exactly `locale`, like [`Localizer::message`].
    pub fn attribute(
        &self,
        locale: &Locale,
        id: &str,
        attr: &str,
        args: Option<&FluentArgs>,
    ) -> Result<String, I18nError> {
        let bundle = self.bundle(locale)?;
        let attribute = bundle
            .get_message(id)
            .and_then(|message| message.get_attribute(attr));
        let attribute = attribute.ok_or_else(|| I18nError::MissingAttribute {
            locale: locale.to_string(),
            id: id.to_owned(),
            attr: attr.to_owned(),
        })?;
        format(
            bundle,
            locale,
            &format!("{id}.{attr}"),
            attribute.value(),
            args,
        )
    }

    /// The locale to answer in: an explicit choice (URL segment `fr`, `en-CA`…), else the
    /// remembered cookie value, else the best `Accept-Language` range, else the default.
    /// See [`negotiate::negotiate`](crate::negotiate::negotiate).
    pub fn negotiate(
        &self,
        explicit: Option<&str>,
        cookie: Option<&str>,
        accept_language: Option<&str>,
    ) -> Locale {
        negotiate::negotiate(
            &self.locales,
            &self.default,
            explicit,
            cookie,
            accept_language,
        )
    }

    /// The number and date formats of `locale`, built once. A locale that was not loaded
    /// still gets its own formats (from the shared cache), not the default's.
    pub fn numbers(&self, locale: &Locale) -> Arc<NumberFormat> {
        match self.bundles.get(locale) {
            Some((_, numbers)) => Arc::clone(numbers),
            None => NumberFormat::shared(locale),
        }
    }

    fn bundle(&self, locale: &Locale) -> Result<&Bundle, I18nError> {
        self.bundles
            .get(locale)
            .map(|(bundle, _)| bundle)
            .ok_or_else(|| I18nError::UnknownLocale {
                locale: locale.to_string(),
            })
    }
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("locales", &self.locales)
            .field("default", &self.default)
            .finish_non_exhaustive()
    }
}

// Web handlers share one Localizer across threads; fail the build, not the server, if a
// dependency change ever makes it thread-bound.
const _: () = {
    const fn send_sync<T: Send + Sync>() {}
    send_sync::<Localizer>();
};

fn format(
    bundle: &Bundle,
    locale: &Locale,
    id: &str,
    pattern: &ast::Pattern<&str>,
    args: Option<&FluentArgs>,
) -> Result<String, I18nError> {
    let mut errors = Vec::new();
    let text = bundle
        .format_pattern(pattern, args, &mut errors)
        .into_owned();
    if errors.is_empty() {
        Ok(text)
    } else {
        Err(I18nError::Format {
            locale: locale.to_string(),
            id: id.to_owned(),
            details: describe(&errors),
        })
    }
}

fn describe(errors: &[FluentError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

/// The messages among `ids` that format without arguments and without error, formatted.
fn fixed_messages(bundle: &Bundle, locale: &Locale, ids: &[String]) -> HashMap<String, String> {
    ids.iter()
        .filter_map(|id| {
            let pattern = bundle.get_message(id)?.value()?;
            let text = format(bundle, locale, id, pattern, None).ok()?;
            Some((id.clone(), text))
        })
        .collect()
}

/// One locale's files into one bundle, refusing syntax errors and ids defined twice; with the
/// ids of its messages (terms left out).
fn load_bundle(
    locale: &Locale,
    files: &[(&Path, &str)],
) -> Result<(Bundle, Vec<String>), I18nError> {
    let mut bundle = Bundle::new_concurrent(vec![locale.langid().clone()]);
    // The marks around placeables help bidirectional text but end up in CLI output and tests.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(fluent_format::format_value));
    bundle.add_builtins().map_err(|error| I18nError::Bundle {
        locale: locale.to_string(),
        path: PathBuf::new(),
        details: error.to_string(),
    })?;
    // Where each id was first seen, as (file, its text, byte offset): the line is counted only
    // for a duplicate's message. Counting it for every message made loading quadratic in a
    // file's length (most of the command line's start-up).
    let mut seen: BTreeMap<String, (&Path, &str, usize)> = BTreeMap::new();
    for &(path, text) in files {
        let resource = FluentResource::try_new(text.to_owned()).map_err(|(_, errors)| {
            let first = errors.first();
            I18nError::Syntax {
                path: path.to_path_buf(),
                line: first.map_or(1, |error| error_line(text, error)),
                message: first.map_or_else(String::new, |error| describe_error(&error.kind)),
            }
        })?;
        for entry in resource.entries() {
            let (id, prefix) = match entry {
                ast::Entry::Message(message) => (&message.id, ""),
                ast::Entry::Term(term) => (&term.id, "-"),
                _ => continue,
            };
            let offset = offset_of(resource.source(), id.name);
            match seen.entry(format!("{prefix}{}", id.name)) {
                Entry::Vacant(slot) => {
                    slot.insert((path, text, offset));
                }
                Entry::Occupied(first) => {
                    let &(first_path, first_text, first_offset) = first.get();
                    let line = line_of(resource.source(), offset);
                    let first_line = line_of(first_text, first_offset);
                    return Err(I18nError::DuplicateMessage {
                        locale: locale.to_string(),
                        id: first.key().clone(),
                        path: path.to_path_buf(),
                        line,
                        first_path: first_path.to_path_buf(),
                        first_line,
                    });
                }
            }
        }
        bundle
            .add_resource(resource)
            .map_err(|errors| I18nError::Bundle {
                locale: locale.to_string(),
                path: path.to_path_buf(),
                details: describe(&errors),
            })?;
    }
    let ids = seen.into_keys().filter(|id| !id.starts_with('-')).collect();
    Ok((bundle, ids))
}

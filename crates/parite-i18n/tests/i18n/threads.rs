//! One `Localizer` shared by request handlers on several threads.

use std::sync::Arc;
use std::thread;

use parite_i18n::{FluentArgs, Localizer, NumberFormat};

use crate::{en, fr, two_locales};

const _: () = {
    const fn send_sync<T: Send + Sync>() {}
    send_sync::<Localizer>();
    send_sync::<NumberFormat>();
};

#[test]
fn formats_the_same_from_many_threads() {
    let localizer = Arc::new(two_locales());
    let handles: Vec<_> = (0..4)
        .map(|n| {
            let localizer = Arc::clone(&localizer);
            thread::spawn(move || {
                let locale = if n % 2 == 0 { fr() } else { en() };
                let mut args = FluentArgs::new();
                args.set("score", 1234.5);
                let mut text = String::new();
                for _ in 0..200 {
                    text = localizer
                        .message(&locale, "average-score", Some(&args))
                        .unwrap();
                }
                text
            })
        })
        .collect();
    let texts: Vec<String> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    assert_eq!(texts[0], "Score moyen : 1\u{a0}234,5");
    assert_eq!(texts[1], "Average score: 1,234.5");
    assert_eq!(texts[0], texts[2]);
    assert_eq!(texts[1], texts[3]);
}

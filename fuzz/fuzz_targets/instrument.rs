//! Any text given as an instrument file is parsed or refused with problems on lines inside the
//! file, and whatever parses is written back by `to_toml` into text that parses to the same
//! instrument (what `parite check` and the survey editor rely on).

#![no_main]

use libfuzzer_sys::fuzz_target;
use parite_core::{Instrument, InstrumentSet};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match Instrument::parse(text) {
        Err(failure) => {
            assert!(!failure.problems.is_empty(), "a refusal names its problems");
            let lines = text.lines().count().max(1);
            for problem in &failure.problems {
                assert!(
                    (1..=lines + 1).contains(&problem.line),
                    "problem outside the file ({lines} lines): {problem:?}"
                );
            }
        }
        Ok(instrument) => {
            let written = match instrument.to_toml() {
                Ok(written) => written,
                Err(error) => panic!("a valid instrument cannot be written back: {error}"),
            };
            match Instrument::parse(&written) {
                Ok(again) => assert_eq!(again, instrument, "changed by a round trip"),
                Err(failure) => panic!("written back, refused: {failure:?}\n{written}"),
            }
            // What `parite serve` loads at start-up: the same text must load there too.
            assert!(InstrumentSet::from_sources([("fuzz.toml", text)]).is_ok());
        }
    }
});

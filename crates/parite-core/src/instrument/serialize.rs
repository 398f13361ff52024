//! From the typed model back to the file format, for round trips and tools that write files.

use super::file::{
    BandFile, ChoiceFile, GroupFile, IndexFile, InstrumentFile, ItemFile, PointFile, ScaleFile,
    ScoringFile, text,
};
use super::model::{Choice, Instrument, InstrumentKind, Item, ItemKind};

pub(crate) fn to_file(instrument: &Instrument) -> InstrumentFile {
    let groups: Vec<GroupFile> = instrument
        .groups
        .iter()
        .map(|group| GroupFile {
            id: text(group.id.as_str()),
            title: text(group.title.as_str()),
            intro: group.intro.as_ref().map(|m| text(m.as_str())),
            items: group.items.iter().map(item_file).collect(),
        })
        .collect();
    let (mut sections, mut domains, mut stages) = (None, None, None);
    match instrument.kind {
        InstrumentKind::Survey => sections = Some(groups),
        InstrumentKind::Checklist => domains = Some(groups),
        InstrumentKind::Progress => stages = Some(groups),
    }
    let scoring = &instrument.scoring;
    let has_scoring = scoring.major_barrier_at.is_some() || !scoring.bands.is_empty();
    InstrumentFile {
        id: text(instrument.id.as_str()),
        version: instrument.version,
        kind: text(instrument.kind.code()),
        title: text(instrument.title.as_str()),
        description: instrument.description.as_ref().map(|m| text(m.as_str())),
        role_item: instrument.role_item.as_ref().map(|i| text(i.as_str())),
        scoring: has_scoring.then(|| ScoringFile {
            major_barrier_at: scoring.major_barrier_at,
            bands: scoring
                .bands
                .iter()
                .map(|b| BandFile {
                    id: text(b.id.as_str()),
                    min: b.min,
                    label: text(b.label.as_str()),
                })
                .collect(),
        }),
        scales: instrument
            .scales
            .iter()
            .map(|(id, scale)| {
                let points = scale
                    .points
                    .iter()
                    .map(|p| PointFile {
                        code: text(p.code.as_str()),
                        label: text(p.label.as_str()),
                        score: p.score,
                    })
                    .collect();
                (text(id.as_str()), ScaleFile { points })
            })
            .collect(),
        indices: instrument
            .indices
            .iter()
            .map(|i| IndexFile {
                id: text(i.id.as_str()),
                kind: text(i.kind.code()),
                label: text(i.label.as_str()),
                min_items: i.min_items,
            })
            .collect(),
        sections,
        domains,
        stages,
    }
}

fn choice_files(choices: &[Choice]) -> Vec<ChoiceFile> {
    choices
        .iter()
        .map(|c| ChoiceFile {
            code: text(c.code.as_str()),
            label: text(c.label.as_str()),
            group: c.group.map(|g| text(g.code())),
        })
        .collect()
}

fn item_file(item: &Item) -> ItemFile {
    let mut file = ItemFile::new(
        text(item.id.as_str()),
        text(item.kind.type_code()),
        text(item.text.as_str()),
    );
    file.help = item.help.as_ref().map(|m| text(m.as_str()));
    file.required = item.required.then_some(true);
    file.show_if = item.show_if.as_ref().map(|c| text(&c.to_string()));
    match &item.kind {
        ItemKind::Likert {
            scale,
            index,
            reverse,
        } => {
            file.scale = Some(text(scale.as_str()));
            file.index = index.as_ref().map(|i| text(i.as_str()));
            file.reverse = reverse.then_some(true);
        }
        ItemKind::Single { choices } => file.choices = Some(choice_files(choices)),
        ItemKind::Multiple {
            choices,
            min_selected,
            max_selected,
        } => {
            file.choices = Some(choice_files(choices));
            file.min_selected = *min_selected;
            file.max_selected = *max_selected;
        }
        ItemKind::Number {
            min,
            max,
            integer,
            unit,
        } => {
            file.min = Some(*min);
            file.max = Some(*max);
            file.integer = (!integer).then_some(false);
            file.unit = unit.as_ref().map(|u| text(u.as_str()));
        }
        ItemKind::Text {
            max_length,
            multiline,
        } => {
            file.max_length = Some(*max_length);
            file.multiline = multiline.then_some(true);
        }
        ItemKind::Rating { allow_na } => file.allow_na = allow_na.then_some(true),
        ItemKind::Milestone => {}
    }
    file
}

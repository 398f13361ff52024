//! What the schedule of support says about the milestones it is evidence of, shown beside them
//! so the evaluator marks them from the record rather than from memory.
//!
//! The progress instrument's first edition has no field naming this link, so it is kept here,
//! by milestone id; the instruments' second edition (#20) is the place to move it into data.

use parite_core::stages::Date;
use parite_core::support::ActivityState;
use parite_i18n::Texts;
use parite_store::SupportActivity;

/// "Training and coaching schedule set (including WRAP training)."
const SCHEDULE_SET: &str = "m_ins_4";
/// "Coaching sessions held as scheduled."
const COACHING_HELD: &str = "m_ini_3";

/// The line shown beside `milestone`, when the schedule holds anything to say about it.
pub fn evidence(
    tr: &Texts,
    milestone: &str,
    activities: &[SupportActivity],
    today: Date,
) -> Option<String> {
    if activities.is_empty() {
        return None;
    }
    match milestone {
        SCHEDULE_SET => {
            let count = |kind: &str| {
                activities
                    .iter()
                    .filter(|a| a.kind.as_str() == kind)
                    .count()
            };
            let args = vec![
                ("total", activities.len().into()),
                ("training", count("training").into()),
                ("coaching", count("coaching").into()),
                ("wrap", count("wrap").into()),
            ];
            Some(tr.with_args("progress-schedule-set", args))
        }
        COACHING_HELD => {
            let due: Vec<&SupportActivity> = activities
                .iter()
                .filter(|a| a.kind.as_str() == "coaching" && a.planned_on <= today)
                .collect();
            let held = due
                .iter()
                .filter(|a| matches!(a.state, ActivityState::Delivered { .. }))
                .count();
            Some(tr.t2("progress-coaching-held", ("held", held), ("due", due.len())))
        }
        _ => None,
    }
}

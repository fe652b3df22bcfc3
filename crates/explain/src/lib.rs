//! What Calf Pump Explorer says about the model: where a sentence is made.
//! The judgements come first ([`verdict`], from model quantities, every
//! threshold named and sourced), then the words that put them to a patient,
//! chosen from the reader's catalogue (`calf_pump_words`).
//!
//! - [`verdict`]: every judgement (leaking, high, lowered by the calf or by posture, refill).
//! - [`reference`]: what a healthy leg shows, for shading the charts.
//! - [`labels`]: the names of activities, legs, stockings and preset days.
//! - [`narration`]: what the live widget says beside its numbers.
//! - [`cards`]: what a pre-built page and its link preview say.
//! - [`day`]: what the day planner says.
//! - [`steps`]: "what you can do", step by step, for this leg and activity.
//! - [`notice`]: what a link had that could not be used.

pub mod cards;
pub mod day;
pub mod labels;
pub mod narration;
pub mod notice;
pub mod reference;
pub mod steps;
pub mod verdict;

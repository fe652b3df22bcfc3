//! What Calf Pump Explorer says about the model, in plain Rust tested natively.
//! The dependencies run one way: narration → session → model.
//!
//! - [`scenario`] and [`settings`]: the public link contract (query keys), parsed strictly or leniently.
//! - [`links`]: the links and embed snippet the widget hands out.
//! - [`session`]: a live run for the widget, returning data (traces, readings, changes).
//! - [`verdict`]: every judgement (leaking, high, fell, refill), from model quantities, thresholds in one place.
//! - [`narration`]: every word a patient reads, from that data and those verdicts.
//! - [`reference`]: what a healthy leg shows, for shading the charts.

pub mod day;
pub mod lang;
pub mod links;
pub mod narration;
pub mod reference;
pub mod scenario;
pub mod session;
pub mod settings;
pub mod verdict;

//! The parts more than one page uses, one job each.

pub mod chart;
pub mod in_short;
pub mod language_switch;
pub mod notice;

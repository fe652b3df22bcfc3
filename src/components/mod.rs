//! The widget's parts, one job each.

pub mod chart;
pub mod controls;
pub mod day_chart;
pub mod day_help;
pub mod day_timeline;
pub mod diagram;
pub mod embed_panel;
pub mod language_switch;
pub mod readouts;
pub mod share;
pub mod simulator;

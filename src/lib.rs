//! Calf Pump Explorer: how the calf muscle pump returns blood from the leg.
//!
//! - [`model`]: the physiology, plain Rust, tested and benchmarked natively.
//! - [`scenario`]: the query-string form of a scenario, shared by links and the command line.
//! - `ui` (browser builds only): the Yew widget, a thin layer over the model.

pub mod model;
pub mod narration;
pub mod reference;
pub mod scenario;
pub mod session;
pub mod settings;

#[cfg(target_arch = "wasm32")]
pub mod ui;

//! The live widget: every scenario page (`/walking/`, `/es/stairs/deep-reflux/`).
//!
//! - [`app`]: the layout, from the link; [`state`]: the reducer.
//! - [`hooks`]: the session, the summary, the charts, the animation loop, downloads.
//! - [`charts`]: what the two live charts show and how they are painted.
//! - [`controls`], [`simulator`], [`diagram`], [`readouts`], [`share`], [`cta`]: one part each.
//! - [`lesson`]: the main message, what you can do, and the points to take away.

pub mod app;
pub mod charts;
pub mod controls;
pub mod cta;
pub mod diagram;
pub mod hooks;
pub mod lesson;
pub mod readouts;
pub mod share;
pub mod simulator;
pub mod state;

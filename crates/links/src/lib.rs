//! Calf Pump Explorer's link contract: where a link is parsed and where one
//! is made. Everything a link can say is read here into types that cannot
//! hold a bad value, and every link the widget hands out is built here.
//!
//! - [`names`]: the name of each activity, leg, stocking class and preset in links.
//! - [`scenario`]: the scenario (`activity`, `leg`, `stockings`) in a query or a page path.
//! - [`settings`]: the page settings (`embed`, `compare`, the clinic's `clinic`, `brand`, `cta`, `cta_url`, `lang`).
//! - [`day`]: the day planner's link (`view=day&day=sitting-240.walking-15…`).
//! - [`urls`]: the share link, the embed link and snippet, the clinic page's link; HTML escaping.

pub mod day;
pub mod names;
pub mod qr;
pub mod scenario;
pub mod settings;
pub mod urls;

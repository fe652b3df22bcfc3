//! The sizes other sites see: the preview image and the embedded widget.

/// A link preview image: 1200×630 (1.91:1), what Facebook, LinkedIn,
/// WhatsApp and Slack show.
pub const PREVIEW_WIDTH: u32 = 1200;
pub const PREVIEW_HEIGHT: u32 = 630;

/// The embedded widget's frame: a 680-px blog column fits the whole widget
/// in 760 px.
pub const EMBED_WIDTH: u32 = 680;
pub const EMBED_HEIGHT: u32 = 760;

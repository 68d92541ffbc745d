//! `wenshu report -o DIR`: a static site that opens from disk, with nothing to
//! install and no request made — every style and script is inline, and a content
//! security policy forbids fetching anything.
//!
//! - [`site`]: the folder as a [`Sink`](crate::pipeline::Sink): pages written as
//!   documents arrive, the overview at the end.
//! - `overview`: totals, charts and the (paged) table of documents.
//! - `page`: one document's text with its marks, outline and lists.
//! - `highlight`: spans marked in a text, nested or crossing.
//! - `chart`: bar charts as inline SVG.
//! - [`check`]: `wenshu check --format html`, one page for CI.
//! - `escape`, `layout`, `style`: what every page shares.

mod chart;
pub mod check;
mod escape;
mod highlight;
mod layout;
pub(crate) mod overview;
mod page;
pub mod site;
mod style;

pub use site::{HtmlSite, SiteStats};

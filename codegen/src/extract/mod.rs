//! Documentation text → spec. (Not implemented yet.)

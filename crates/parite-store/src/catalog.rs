//! What the store needs to know about instruments: which items exist in which version.

/// Answers whether an item exists in an instrument version, so that the store refuses answers,
/// ratings and milestones for items that do not exist — before anything is written.
///
/// parite-core's instrument set implements this for the application; the store does not depend
/// on the domain crate, only on this question.
pub trait InstrumentCatalog: Send + Sync + 'static {
    /// None when this instrument version is unknown; Some(false) when the item is not in it.
    fn has_item(&self, instrument_id: &str, version: u32, item_id: &str) -> Option<bool>;
}

/// Which instrument version a record was given on, for checking its items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct InstrumentRef {
    pub(crate) id: String,
    pub(crate) version: u32,
}

impl InstrumentRef {
    /// Fails on the first item the catalog does not know, naming it.
    pub(crate) fn check_items<'a>(
        &self,
        catalog: &dyn InstrumentCatalog,
        items: impl IntoIterator<Item = &'a str>,
    ) -> Result<(), crate::StoreError> {
        for item in items {
            match catalog.has_item(&self.id, self.version, item) {
                Some(true) => {}
                Some(false) => {
                    return Err(crate::StoreError::UnknownItem {
                        instrument: self.id.clone(),
                        version: self.version,
                        item: item.to_owned(),
                    });
                }
                None => return Err(self.unknown()),
            }
        }
        Ok(())
    }

    /// Fails when the catalog does not know this instrument version at all.
    pub(crate) fn check_known(
        &self,
        catalog: &dyn InstrumentCatalog,
    ) -> Result<(), crate::StoreError> {
        // The trait answers per item; any item name tells known from unknown versions.
        match catalog.has_item(&self.id, self.version, "") {
            Some(_) => Ok(()),
            None => Err(self.unknown()),
        }
    }

    fn unknown(&self) -> crate::StoreError {
        crate::StoreError::UnknownInstrument {
            instrument: self.id.clone(),
            version: self.version,
        }
    }
}

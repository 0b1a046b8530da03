//! Liveness.

use super::Store;
use crate::HealthStore;
use crate::backend::Backend;
use crate::error::Result;

#[async_trait::async_trait]
impl HealthStore for Store {
    async fn ping(&self) -> Result<()> {
        sqlx::query("SELECT 1").execute(self.reader()).await?;
        Ok(())
    }

    fn backend(&self) -> &'static str {
        <Store as Backend>::NAME
    }
}

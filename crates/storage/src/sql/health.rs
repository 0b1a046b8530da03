//! Liveness.

macro_rules! health_store {
    ($store:ty, $name:literal) => {
        #[async_trait::async_trait]
        impl $crate::HealthStore for $store {
            async fn ping(&self) -> $crate::error::Result<()> {
                sqlx::query("SELECT 1").execute(self.reader()).await?;
                Ok(())
            }

            fn backend(&self) -> &'static str {
                $name
            }
        }
    };
}

pub(crate) use health_store;

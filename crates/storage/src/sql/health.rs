//! Liveness.

macro_rules! health_store {
    ($store:ty, $name:literal) => {
        impl $store {
            /// The platform of the row that `sql` (`SELECT platform_id FROM … WHERE id = $1`)
            /// finds: the one lookup that starts from an id alone, for paths that name no
            /// platform.
            async fn platform_of(
                &self,
                sql: &'static str,
                id: uuid::Uuid,
            ) -> $crate::error::Result<Option<entraide_domain::id::PlatformId>> {
                let platform: Option<uuid::Uuid> =
                    sqlx::query_scalar(sql).bind(id).fetch_optional(self.reader()).await?;
                Ok(platform.map(entraide_domain::id::PlatformId))
            }
        }

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

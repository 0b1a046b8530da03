## Notices on a request's page after saying thank you.
help-page-notice-thanked = Вашу записку надіслано. Дякуємо!
help-page-notice-thanks-empty = Будь ласка, напишіть кілька слів, перш ніж надіслати подяку.

var options = new MailOptions
{
    SmtpPassword = "25XqjmQljf2C2D",
    Connection = "Host=smtp.prod.internal;Port=587;Username=mailer;Password=XTtj2u1lsK3MWPa",
};

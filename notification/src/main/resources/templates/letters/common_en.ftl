<#-- Parts several letters share. Change them here and every letter changes. -->
<#macro officer>
To speak to our complaints officer, ${agency.officerName}, call ${agency.officerPhone}, e-mail ${agency.officerEmail} or send a message in Mina sidor (My pages).
</#macro>
<#macro free>
Making a complaint or an objection to us is free of charge.
</#macro>
<#macro routes>
## If you are not satisfied

- Ask our complaints officer to review your case. Press "I am not satisfied" in Mina sidor or call ${agency.phone}.
- Contact Inkassonämnden (the Debt Collection Board), which advises on good debt-collection practice.
- Contact Finansinspektionen (the Swedish Financial Supervisory Authority), which supervises us as a debt-collection agency.

Inkassonämnden
Box 592
101 31 Stockholm

Finansinspektionen
Box 7821
103 97 Stockholm
</#macro>
<#macro signature>
Kind regards
${agency.name}
</#macro>
<#macro sms>
We never send text messages (SMS) asking you to contact us or to update your details. Log in to Mina sidor (${agency.portalUrl}) to see your cases and pay safely.
</#macro>

<#import "common.ftl" as c>
<#assign subject = "We have received your complaint">
<#assign summary = "We have registered your complaint ${caseReference}. You will have our answer by ${responseDue}.">
# We have received your complaint

Dear ${recipient.name},

Thank you for contacting us. We received your complaint on ${receivedDate} and have registered it as case ${caseReference}. It concerns claim ${claimReference} from ${creditor}.

> You will have our answer by ${responseDue}.

## What happens next?

- A case handler looks into what you told us and finds out what happened.
- If we need to know more, we will contact you.
- If we cannot answer by ${responseDue}, we will write to tell you why and when you will have our answer. You will always have it by ${ceilingDate}.

<@c.free/>

<@c.officer/>

<@c.sms/>

<@c.signature/>

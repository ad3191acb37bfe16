<#import "common.ftl" as c>
<#assign subject = "Your answer is delayed – new date ${newDue}">
<#assign summary = "We need more time for case ${caseReference}. You will have our answer by ${newDue}.">
# We need a little more time

Dear ${recipient.name},

We promised to answer your case ${caseReference} by ${missedDue}. Unfortunately we cannot, and we apologise.

## Why it is delayed

${reason}

> You will have our answer by ${newDue}.

You do not need to do anything. If you have new information about the case, you are welcome to send it to us in Mina sidor.

<@c.officer/>

<@c.signature/>

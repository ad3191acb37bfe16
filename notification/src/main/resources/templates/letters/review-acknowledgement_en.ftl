<#import "common.ftl" as c>
<#assign subject = "Our complaints officer is reviewing your case">
<#assign summary = "You asked for a review of case ${caseReference}. You will have the decision by ${reviewDue}.">
# Our complaints officer is reviewing your case

Dear ${recipient.name},

You are not satisfied with our answer in case ${caseReference} and have asked for a review. You have every right to.

Our complaints officer, ${agency.officerName}, will go through the whole case again. It is not the person who handled the case before.

> You will have the decision by ${reviewDue}.

<@c.free/>

<@c.officer/>

<@c.signature/>

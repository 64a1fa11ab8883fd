import { Type } from 'typebox';

const Text = (description: string) => Type.String({ minLength: 1, maxLength: 1000, description });

export const SignInRequest = Type.Object(
  {
    email: Text('The email the user signs in with.'),
    password: Type.String({ minLength: 1, maxLength: 1000, description: "The user's password." }),
    organization: Type.Optional(Text('The organization to open the session in (slug); needed by users of several.')),
  },
  { additionalProperties: false },
);

export const SwitchOrganizationRequest = Type.Object(
  { organization: Text('The slug of another organization of the signed-in user.') },
  { additionalProperties: false },
);

export const FirstRunRequest = Type.Object(
  {
    organization: Text("The first organization's slug (letters, digits, dashes)."),
    organizationName: Type.Optional(
      Type.String({ maxLength: 200, description: 'Its display name; the slug if empty.' }),
    ),
    name: Type.Optional(Type.String({ maxLength: 200, description: "The owner's display name." })),
    email: Text("The owner's email, which they sign in with."),
    password: Type.String({ minLength: 1, maxLength: 1000, description: 'The owner’s password, 8 to 200 characters.' }),
  },
  { additionalProperties: false },
);

const OrganizationRef = Type.Object({ slug: Type.String(), name: Type.String() });

export const SessionResponse = Type.Object({
  user: Type.Object({ email: Type.String(), displayName: Type.String() }),
  organization: OrganizationRef,
  expiresAt: Type.String({ format: 'date-time' }),
});

export const FirstRunStatus = Type.Object({
  firstRun: Type.Boolean({ description: 'True while the store holds no organization.' }),
});

export const MessageBody = Type.Object({ message: Type.String() });

export const ERROR_RESPONSES = {
  400: MessageBody,
  401: MessageBody,
  403: MessageBody,
  404: MessageBody,
  409: MessageBody,
};

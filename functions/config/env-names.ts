/**
 * Every environment variable the functions read, in one list, shared by the config loader, the
 * local server and the CDK app (which sets them on each Lambda).
 */
export const envNames = {
  tables: {
    procedures: 'TABLE_PROCEDURES',
    audit: 'TABLE_AUDIT',
    dossiers: 'TABLE_DOSSIERS',
    citizens: 'TABLE_CITIZENS',
  },
  buckets: {
    catalog: 'BUCKET_CATALOG',
    uploads: 'BUCKET_UPLOADS',
  },
  /** 'cognito' on AWS; 'dev' only in local mode (built-in development identity provider). */
  authMode: 'AUTH_MODE',
  /** Officers' token issuer and JWKS (Cognito user pool), and the app client id (audience). */
  officerIssuer: 'OFFICER_TOKEN_ISSUER',
  officerJwksUrl: 'OFFICER_JWKS_URL',
  officerAudience: 'OFFICER_TOKEN_AUDIENCE',
  /** Citizens' token issuer and JWKS (VNeID in production; the local stand-in in development). */
  citizenIssuer: 'CITIZEN_TOKEN_ISSUER',
  citizenJwksUrl: 'CITIZEN_JWKS_URL',
  citizenAudience: 'CITIZEN_TOKEN_AUDIENCE',
  /** Origin of the builder/portal site, for CORS. */
  siteOrigin: 'SITE_ORIGIN',
  region: 'AWS_REGION',
  /** Local mode only: endpoints of DynamoDB Local and s3rver. */
  dynamoEndpoint: 'DYNAMODB_ENDPOINT',
  s3Endpoint: 'S3_ENDPOINT',
} as const;

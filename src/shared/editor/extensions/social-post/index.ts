export {
  SocialPost,
  socialPostLimits,
  socialPostUrl,
  type SocialPostAttributes,
  type SocialPostOptions,
} from './social-post';

import { App } from 'cdktf';
import { CheckoutStack } from './checkoutStack';
import { allStageSettings } from './stages';

/** Synthesizes one stack per stage (`checkout-dev`, `checkout-staging`, `checkout-prod`) into cdktf.out/. */
const app = new App();
for (const settings of allStageSettings()) {
  new CheckoutStack(app, { settings });
}
app.synth();

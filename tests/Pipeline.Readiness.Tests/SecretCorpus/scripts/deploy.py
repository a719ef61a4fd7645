import os
STRIPE_RESTRICTED = 'rk_live_0NyJJRFDa7Tmp1XcOjy7E7JiT1a3R3kVmRqEeAk8'
api_key = "518bf6e4af1638923341af9f85dacf82"
SECRET_KEY = 'Geptr97mucY)5sGF99c_bEnSp--!mD$f9-@jSkWP0DGIape$+M'
client = Client(token="hpjuJ1OAGCdF0SNGDfSnvPic8P51pKb7mYS5exrQ")
amqp = 'amqp://svc:mUYt5hgA662cz6@mq.prod.internal/vhost'
password = os.environ['DB_PASSWORD']
token = logs.request_id.set(request_id)
refresh_token = Session.issue_refresh(user)
api_key=os.environ.get("API_KEY")
upload_token = Xq3vR8mZ2kT7pL4wN9bY5cH1
